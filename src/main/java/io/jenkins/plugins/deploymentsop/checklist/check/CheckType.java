package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.Check;
import io.jenkins.plugins.deploymentsop.checklist.ItemGroup;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of check types: the name used in files, the SOP group items of the type belong to by default. */
public enum CheckType {
    TESTS(TestsCheck.TYPE, ItemGroup.CODE_QUALITY, "All tests pass", TestsCheck::read),
    COVERAGE(CoverageCheck.TYPE, ItemGroup.CODE_QUALITY, "Test coverage meets the threshold", CoverageCheck::read),
    VULNERABILITIES(
            VulnerabilitiesCheck.TYPE,
            ItemGroup.CODE_QUALITY,
            "No high or critical security vulnerabilities",
            VulnerabilitiesCheck::read),
    REVIEW_SCORE(ReviewScoreCheck.TYPE, ItemGroup.CODE_QUALITY, "Code review score", ReviewScoreCheck::read),
    CHANGELOG(ChangelogCheck.TYPE, ItemGroup.DOCUMENTATION, "CHANGELOG updated", ChangelogCheck::read),
    DOCUMENTS(DocumentsCheck.TYPE, ItemGroup.DOCUMENTATION, "Required documents present", DocumentsCheck::read),
    HTTP(HttpCheck.TYPE, ItemGroup.INFRASTRUCTURE, "Health check passes", HttpCheck::read),
    TLS(TlsCheck.TYPE, ItemGroup.INFRASTRUCTURE, "TLS certificate valid", TlsCheck::read),
    WINDOW(WindowCheck.TYPE, ItemGroup.WINDOW, "Inside the deployment window", WindowCheck::read),
    COMMAND(CommandCheck.TYPE, ItemGroup.INFRASTRUCTURE, "Command succeeds", CommandCheck::read),
    METRIC(MetricCheck.TYPE, ItemGroup.INFRASTRUCTURE, "Metric within threshold", MetricCheck::read),
    MANUAL(ManualCheck.TYPE, ItemGroup.APPROVALS, "Sign-off", ManualCheck::read),
    FLAG_OFF(FlagOffCheck.TYPE, ItemGroup.INFRASTRUCTURE, "Feature flag defaults to off", FlagOffCheck::read),
    CHECKSUMS(ChecksumsCheck.TYPE, ItemGroup.CODE_QUALITY, "Artifacts match their checksums", ChecksumsCheck::read),
    STAGED_FIRST(
            StagedFirstCheck.TYPE,
            ItemGroup.INFRASTRUCTURE,
            "Release deployed to staging first",
            StagedFirstCheck::read);

    private final String typeName;
    private final ItemGroup defaultGroup;
    private final String defaultTitle;
    private final Function<ItemFields, Check> reader;

    CheckType(
            final String typeName,
            final ItemGroup defaultGroup,
            final String defaultTitle,
            final Function<ItemFields, Check> reader) {
        this.typeName = typeName;
        this.defaultGroup = defaultGroup;
        this.defaultTitle = defaultTitle;
        this.reader = reader;
    }

    /**
     * Finds a type by its name in files, e.g. {@code reviewScore}.
     *
     * @param name the name, compared exactly
     * @return the type
     */
    public static Optional<CheckType> named(final String name) {
        return Arrays.stream(values())
                .filter(type -> type.typeName.equals(name))
                .findFirst();
    }

    /**
     * Lists the type names for error messages.
     *
     * @return e.g. {@code tests, coverage, ...}
     */
    public static String names() {
        return Arrays.stream(values()).map(CheckType::typeName).collect(Collectors.joining(", "));
    }

    public String typeName() {
        return typeName;
    }

    public ItemGroup defaultGroup() {
        return defaultGroup;
    }

    public String defaultTitle() {
        return defaultTitle;
    }

    /**
     * Reads a check's configuration from an item's fields (common fields already read).
     *
     * @param fields the fields
     * @return the check
     * @throws io.jenkins.plugins.deploymentsop.checklist.config.ConfigException if a field is missing or wrong
     */
    public Check read(final ItemFields fields) {
        return reader.apply(fields);
    }
}
