package jenkins.console;

/** Compile-only copy: an object with a console log page. */
public interface WithConsoleUrl {
    String getConsoleUrl();
}
