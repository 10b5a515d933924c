import { z } from 'zod';

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

/** Query parameters from the zod object schema that parses them, each with its description. */
export function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete json.$schema;
    return {
      name,
      in: 'query',
      required: false,
      description: descriptions[name] ?? name,
      ...(json.type === 'array' ? { style: 'form', explode: true } : {}),
      schema: json,
    };
  });
}
