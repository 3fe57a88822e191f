package org.borderwatch.extract.model;

import java.io.Serializable;
import org.borderwatch.nlp.Span;

/** An actor named in the text: span (end exclusive) and who it is. */
public record ActorMention(int begin, int end, String text, Actor actor) implements Span, Serializable {
}
