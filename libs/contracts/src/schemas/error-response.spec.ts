import { ERROR_RESPONSE_LIMITS, ErrorResponseSchema, FieldErrorSchema } from './error-response';

/** A keyword of a schema node, as published (TypeBox's types do not list the options). */
const keyword = (schema: object, name: string): unknown =>
  (schema as Record<string, unknown>)[name];

describe('ERROR_RESPONSE_LIMITS', () => {
  it('are the limits the published ErrorResponse schema states', () => {
    // Act
    const published = {
      messageMaxLength: keyword(ErrorResponseSchema.properties.message, 'maxLength'),
      requestIdMaxLength: keyword(ErrorResponseSchema.properties.request_id, 'maxLength'),
      errorsMaxItems: keyword(ErrorResponseSchema.properties.errors, 'maxItems'),
      fieldMessageMaxLength: keyword(FieldErrorSchema.properties.message, 'maxLength'),
      fieldPathMaxLength: keyword(FieldErrorSchema.properties.path, 'maxLength'),
    };

    // Assess
    expect(published).toEqual(ERROR_RESPONSE_LIMITS);
  });
});
