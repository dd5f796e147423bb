import type { PersonMentionResolvers } from '../src/generated/graphql.js';

export const PersonMention: PersonMentionResolvers = {
  person: async (mention, _args, { loaders }) => {
    const person = await loaders.personById.load(mention.personId);
    if (!person) throw new Error(`mention points at missing person ${mention.personId}`);
    return person;
  },
  nameAsWritten: (mention) => mention.name,
  inTitle: (mention) => mention.zones.TITLE,
  inLead: (mention) => mention.zones.LEAD,
  inBody: (mention) => mention.zones.BODY,
  inCaptions: (mention) => mention.zones.CAPTION,
};
