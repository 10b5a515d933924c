import { GLOSSARY } from '../../search/glossary/index.ts';

/** The glossary as JSON: every concept with its terms in each language, the preferred term first. */
export const presentGlossary = () => ({ total: GLOSSARY.length, concepts: GLOSSARY });
