package hudson.util;

import hudson.model.ModelObject;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/** Compile-only copy: the options of a drop-down list. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public ListBoxModel(Option... data) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void add(String displayName, String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void add(ModelObject usedForDisplayName, String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public ListBoxModel add(String nameAndValue) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: one option of the list. */
    public static final class Option {
        public String name;
        public String value;
        public boolean selected;

        public Option(String name, String value) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public Option(String name) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public Option(String name, String value, boolean selected) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }
}
