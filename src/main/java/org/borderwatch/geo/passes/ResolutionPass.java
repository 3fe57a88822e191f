package org.borderwatch.geo.passes;

/**
 * One disambiguation rule. Passes run in the order {@code geo.PlaceResolver} declares; each sees the decisions
 * of the passes before it and decides some of the still-open mentions, never changing earlier decisions.
 */
public interface ResolutionPass {
  /** One line saying what the rule does, for logs and documentation. */
  String describe();

  PassResult apply(ArticleContext article);

  default String name() {
    return getClass().getSimpleName();
  }
}
