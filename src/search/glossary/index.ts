export { allTerms, type Concept, conceptOf, GLOSSARY, matchConcepts, parseGlossary } from './glossary.ts';
