package org.borderwatch.nlp;

import java.util.List;

/** Splits an article text into sentences; offsets index into the text given. */
public interface SentenceSplitter {
  /** Sentences in text order, numbered from 0; empty for null or blank text. */
  List<Sentence> split(String text);
}
