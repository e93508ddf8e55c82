/** English UI strings of the application form (`<opp-apply>`). Other languages implement the same keys. */
export const apply = {
  submit: 'Send application',
};

export type ApplyMessages = typeof apply;
