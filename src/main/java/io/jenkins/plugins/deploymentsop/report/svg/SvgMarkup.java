package io.jenkins.plugins.deploymentsop.report.svg;

/**
 * A rendered {@code <svg>} chart. Only the charts of this package can create one, from their escaping writer, so a
 * page writer may embed it as markup without taking any other string as markup.
 */
public final class SvgMarkup {
    private final String markup;

    SvgMarkup(final String markup) {
        this.markup = markup;
    }

    /**
     * Returns the markup.
     *
     * @return the {@code <svg>} element
     */
    @Override
    public String toString() {
        return markup;
    }
}
