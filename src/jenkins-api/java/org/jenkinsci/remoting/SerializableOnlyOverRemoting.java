package org.jenkinsci.remoting;

import java.io.Serializable;

/** Compile-only copy: marker for objects that may only be serialized over a remoting channel. */
public interface SerializableOnlyOverRemoting extends Serializable {
}
