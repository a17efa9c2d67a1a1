package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/** Compile-only copy: a requirement a credential's domain must meet (e.g. a host name). */
public class DomainRequirement implements ExtensionPoint, Serializable {
}
