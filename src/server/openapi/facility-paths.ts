import { facilityQuerySchema } from '../../domain/facility-query.ts';
import { error, json, pathParam, queryParameters } from './helpers.ts';

/** The facility and country endpoints of the OpenAPI document. */
export function facilityApiPaths() {
  const listOf = 'repeat or separate with commas; a label in any language or an alias is accepted';
  return {
    '/api/facilities': {
      get: {
        operationId: 'listFacilities',
        summary: 'Facilities with counted facets, capacity totals and map markers',
        parameters: queryParameters(facilityQuerySchema, {
          country: 'ISO 3166-1 alpha-2 code or a country name in any language; repeat or separate with commas',
          region: `World region; ${listOf}`,
          status: `Status (operational, under_construction, planned, suspended, cancelled, decommissioned); ${listOf}`,
          type: `Part of the chain (capture, transport, storage, transport_storage, full_chain, utilisation); ${listOf}`,
          sector: `Sector; ${listOf}`,
          fate: `Fate of the carbon; ${listOf}`,
          q: 'Text to look for in names, operators, hubs and partners',
          sort: 'Sort order',
          page: 'Page number, from 1',
          pageSize: 'Facilities per page, 1–200',
        }),
        responses: { 200: json('FacilityList', 'One page of facilities'), 400: error('An unknown parameter or value, named in problems') },
      },
    },
    '/api/facilities/{id}': {
      get: {
        operationId: 'getFacility',
        summary: 'One facility with its derived capacity and policy links',
        parameters: [pathParam('id', 'Facility id')],
        responses: { 200: json('Facility', 'The facility'), 404: error('No such facility') },
      },
    },
    '/api/countries': {
      get: { operationId: 'listCountries', summary: 'Country profiles with their figures', responses: { 200: json('CountryList', 'Every country in the hub') } },
    },
    '/api/countries/{code}': {
      get: {
        operationId: 'getCountry',
        summary: 'One country: pillars, governance index, deployment and policies',
        parameters: [pathParam('code', 'ISO 3166-1 alpha-2 code, EU, or a country name in any language')],
        responses: { 200: json('Country', 'The country'), 404: error('No such country in the hub') },
      },
    },
  };
}
