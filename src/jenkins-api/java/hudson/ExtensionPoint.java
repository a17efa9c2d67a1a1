package hudson;

/** Compile-only copy: marker for types that extensions implement. */
public interface ExtensionPoint {
}
