package jenkins.util.io;

/** Compile-only copy: marker for objects that only exist on the controller. */
public interface OnMaster {
}
