/** Small builders for the OpenAPI document's repeated parts. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
export const error = (description: string) => json('Error', description);
export const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
export const idParam = (description: string) => pathParam('id', description);
