/**
 * Messages of the protocol-conformance check. Every report on a member ends with both signatures, the protocol's
 * first, each as the checker writes it where it is declared.
 */
const SIGNATURES = ' Protocol: {{expected}}; class: {{actual}}.';
const MEMBER = '{{className}}.{{member}}';

export const protocolConformanceMessages = {
  missingMember: "{{className}} does not implement '{{member}}' of {{protocol}}. Protocol: {{expected}}.",
  hiddenMember: `${MEMBER} is {{visibility}}; {{protocol}} needs it public.${SIGNATURES}`,
  notCallable: `${MEMBER} is not a method; {{protocol}} declares one.${SIGNATURES}`,
  overloads: `${MEMBER} has {{actualCount}} signature(s); {{protocol}} has {{expectedCount}}.${SIGNATURES}`,
  typeParameters: `${MEMBER} has {{actualCount}} type parameter(s); {{protocol}} has {{expectedCount}}.${SIGNATURES}`,
  fewerParameters: `${MEMBER} leaves out parameter '{{parameter}}' that {{protocol}} passes.${SIGNATURES}`,
  extraRequiredParameter: `${MEMBER} requires parameter '{{parameter}}', which callers of {{protocol}} do not pass.${SIGNATURES}`,
  optionalParameter: `${MEMBER} makes parameter '{{parameter}}' optional; {{protocol}} requires it.${SIGNATURES}`,
  requiredParameter: `${MEMBER} requires parameter '{{parameter}}'; {{protocol}} makes it optional.${SIGNATURES}`,
  parameterType: `${MEMBER} takes '{{parameter}}' as '{{actualType}}'; {{protocol}} passes '{{expectedType}}'.${SIGNATURES}`,
  returnType: `${MEMBER} returns '{{actualType}}'; {{protocol}} returns '{{expectedType}}'.${SIGNATURES}`,
  synchronousReturn: `${MEMBER} is synchronous (returns '{{actualType}}'); {{protocol}} returns '{{expectedType}}'.${SIGNATURES}`,
  asynchronousReturn: `${MEMBER} is asynchronous (returns '{{actualType}}'); {{protocol}} returns '{{expectedType}}'.${SIGNATURES}`,
  propertyType: `${MEMBER} is '{{actualType}}'; {{protocol}} declares '{{expectedType}}'.${SIGNATURES}`,
  optionalProperty: `${MEMBER} is optional; {{protocol}} requires it.${SIGNATURES}`,
  addMember: "Add '{{member}}' with the signature of {{protocol}}, throwing \"not implemented\".",
};

export type ProtocolConformanceMessageId = keyof typeof protocolConformanceMessages;
