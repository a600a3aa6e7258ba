/**
 * Conversations: keeps each session's {@link vn.motcua.answer.DialogueState} between turns so
 * follow-ups resolve against the procedure in context, and hands every turn to answer/. Uses
 * answer/, catalog/ and store/ (whose rows it adapts); knows nothing of HTTP, Zalo or Lucene.
 */
package vn.motcua.chat;
