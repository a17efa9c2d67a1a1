package io.jenkins.plugins.deploymentsop.record;

import java.io.Serializable;

/**
 * A deployed artifact with its checksum.
 *
 * @param name the artifact name, e.g. {@code shop.war} or an image reference
 * @param sha256 the SHA-256 checksum, lower-case hex
 * @param sizeBytes the size in bytes, or -1 when unknown (e.g. an image reference)
 */
public record ArtifactEntry(String name, String sha256, long sizeBytes) implements Serializable {}
