package org.borderwatch;

/** The project's one exception: unchecked, keeps its cause, and says what was wrong and where. */
public class BorderwatchException extends RuntimeException {
  public BorderwatchException(String message) {
    super(message);
  }

  public BorderwatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
