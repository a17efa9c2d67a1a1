package io.jenkins.plugins.deploymentsop.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The only way the plugin builds Jackson mappers for untrusted JSON and YAML: bounded nesting, string and document
 * sizes; YAML without alias bombs and without duplicate keys; positions kept for error messages.
 */
public final class SecureJson {
    /** Largest nesting accepted: deep enough for SARIF, far below a stack overflow. */
    public static final int MAX_NESTING = 200;
    /** Largest single string: 16 MiB. */
    public static final int MAX_STRING = 16 * 1024 * 1024;
    /** Largest YAML document (code points): 8 MiB; checklists and rule files are small. */
    public static final int MAX_YAML_CODE_POINTS = 8 * 1024 * 1024;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING)
            .maxDocumentLength(UntrustedInput.DEFAULT_MAX_BYTES)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    private static final ObjectMapper YAML = createYaml();

    private SecureJson() {}

    private static ObjectMapper createYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(CONSTRAINTS)
                .build();
        return YAMLMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new JavaTimeModule())
                .build();
    }

    /**
     * Returns the shared JSON mapper (thread-safe; do not reconfigure it).
     *
     * @return the mapper
     */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Returns the shared YAML mapper (thread-safe; do not reconfigure it).
     *
     * @return the mapper
     */
    public static ObjectMapper yaml() {
        return YAML;
    }
}
