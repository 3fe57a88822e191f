package org.borderwatch.ingest;

import java.io.Serializable;
import org.borderwatch.io.Reject;

/** What became of one input record: an article, or a reject with its reason. Exactly one is set. */
public record IngestOutcome(Article article, Reject reject) implements Serializable {

  public static IngestOutcome accepted(Article article) {
    return new IngestOutcome(article, null);
  }

  public static IngestOutcome rejected(Reject reject) {
    return new IngestOutcome(null, reject);
  }

  public boolean isAccepted() {
    return article != null;
  }
}
