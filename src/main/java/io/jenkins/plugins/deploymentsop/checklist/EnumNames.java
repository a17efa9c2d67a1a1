package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads enum constants the way people write them: {@code codeQuality}, {@code code-quality} and {@code CODE_QUALITY}
 * all name the same constant.
 */
public final class EnumNames {
    private EnumNames() {}

    /**
     * Finds the constant whose name matches the text, ignoring case, dashes, underscores and blanks.
     *
     * @param type the enum type
     * @param parameter the parameter name, for the error message
     * @param text the text to parse
     * @param <E> the enum type
     * @return the constant
     * @throws InvalidInputException if no constant matches
     */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String parameter, final String text) {
        String wanted = normalize(text);
        for (E constant : type.getEnumConstants()) {
            if (normalize(constant.name()).equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidInputException(parameter, text, "one of " + displayNames(type));
    }

    /**
     * Renders a constant as written in checklist files, e.g. {@code codeQuality}.
     *
     * @param constant the constant
     * @return the camel-case name
     */
    public static String camelCase(final Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static <E extends Enum<E>> String displayNames(final Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::camelCase).collect(Collectors.joining(", "));
    }

    private static String normalize(final String text) {
        return text.replaceAll("[-_\\s]", "").toUpperCase(Locale.ROOT);
    }
}
