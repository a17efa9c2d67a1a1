package io.jenkins.plugins.deploymentsop.checklist.source;

import io.jenkins.plugins.deploymentsop.checklist.Approvers;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigException;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigMap;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigValue;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.checklist.config.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a checklist file: {@code version: 1}, an optional {@code name}, optional {@code waivers} ({@code users},
 * {@code groups}) and a list of {@code items}. Problems of the document as a whole (malformed YAML, unknown
 * top-level field, an item that is not a map) are thrown with file, line and column; problems inside an item are
 * left to the builder, which turns that item into an ERROR.
 */
public final class ChecklistFileReader {
    /** The only schema version so far. */
    public static final String VERSION = "1";

    private ChecklistFileReader() {}

    /**
     * Reads a file.
     *
     * @param file the file
     * @param displayName its name in messages, e.g. the workspace-relative path
     * @return the document
     * @throws ConfigException if the file cannot be read or its structure is wrong
     */
    public static ChecklistDocument read(final Path file, final String displayName) {
        return fromTree(YamlTreeReader.read(file, displayName), displayName);
    }

    /**
     * Reads YAML text.
     *
     * @param yaml the text
     * @param displayName its name in messages
     * @return the document
     * @throws ConfigException if the text is malformed or its structure is wrong
     */
    public static ChecklistDocument parse(final String yaml, final String displayName) {
        return fromTree(YamlTreeReader.read(yaml, displayName), displayName);
    }

    static ChecklistDocument fromTree(final ConfigValue root, final String source) {
        if (!(root instanceof ConfigMap)) {
            throw new ConfigException(
                    root.location(), null, "a checklist file is a map with 'version: 1' and 'items'", "file");
        }
        ItemFields document = new ItemFields((ConfigMap) root, null);
        String version = document.optionalString("version")
                .orElseThrow(() -> document.missing("version", "the schema version, 'version: 1'"));
        if (!version.strip().equals(VERSION)) {
            throw document.invalid("version", "1 (the only schema version)");
        }
        document.optionalString("name");
        Optional<Approvers> waivers = document.map("waivers").map(fields -> {
            Approvers approvers = Approvers.of(fields.strings("users"), fields.strings("groups"));
            fields.rejectUnknown();
            return approvers;
        });
        List<ItemDraft> items = new ArrayList<>();
        int index = 0;
        for (ConfigValue item : document.list("items")) {
            if (!(item instanceof ConfigMap)) {
                throw new ConfigException(
                        item.location(),
                        null,
                        "items[" + index + "] is " + item.describe() + ", expected a map of fields (id, type, ...)",
                        "items");
            }
            items.add(new ItemDraft((ConfigMap) item, source, item.location().toString()));
            index++;
        }
        document.rejectUnknown();
        return new ChecklistDocument(source, items, waivers);
    }
}
