package org.borderwatch.extract.lexicon;

/** Attribution and modality cues of the claim lexicon. */
public enum Cue {
  /** Reporting verbs with the speaker before or after: said, told, tweeted, announced, added. */
  SAY,
  /** Reporting verbs that distance the speaker from the fact: claimed, alleged. */
  CLAIM,
  /** The speaker says it did not happen. */
  DENY,
  /** Speaker after the cue: according to, citing. */
  ACCORDING_TO,
  /** Hedges in the publication's own voice: reportedly, allegedly. */
  HEDGE,
  /** "could not be independently verified". */
  UNCONFIRMED,
  /** threatened, vowed, warned. */
  THREAT,
  /** "almost every day", "regularly", "for months": a sentence about what keeps happening, not an event. */
  HABITUAL,
  /** "not", "never", "didn't", "failed to": the event right after it did not happen. */
  NEGATION,
  /** "will", "could", "plans to", "fears", "possible", "if": the event after it is future, feared or supposed. */
  IRREALIS,
  /** "years ago", "anniversary", "in the past": a sentence about history, told as background. */
  BACKGROUND,
  /** "since": the event after it in the same clause is named as what came before ("since Russia invaded"). */
  ANTECEDENT,
  /** "Opinion:", "Analysis:", "Fact check:" opening an article: opinion and analysis make no claims. */
  OPINION;

  public boolean isReporting() {
    return this == SAY || this == CLAIM || this == DENY || this == ACCORDING_TO;
  }
}
