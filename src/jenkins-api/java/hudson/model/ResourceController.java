package hudson.model;

/** Compile-only copy: tracks the resources that running activities use. */
public class ResourceController {}
