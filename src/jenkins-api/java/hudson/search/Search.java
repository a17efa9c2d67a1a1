package hudson.search;

import org.kohsuke.stapler.StaplerProxy;

/** Compile-only copy: the web object behind the search box. */
public class Search implements StaplerProxy {
    @Override
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
