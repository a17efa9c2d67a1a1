package io.jenkins.plugins.deploymentsop.ui.browser;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finds what in a page's body could run script or load something, asked through WebDriver (outside the page's
 * policy), so it sees what a hostile string would have injected even where the policy stopped it from running.
 */
final class ActiveContent {
    /** Elements no page of the plugin may contain in its body. */
    static final String ALWAYS_FORBIDDEN =
            "script,iframe,object,embed,img,link,base,meta,style,frame,frameset,video," + "audio,source,textarea";

    /** Form elements, forbidden in the report (which has no form) and allowed in pages with a GET filter form. */
    static final String FORM_ELEMENTS = "form,input,button,select";

    private ActiveContent() {}

    /**
     * Lists the offending nodes: forbidden elements, any {@code on*}, {@code style}, {@code srcdoc} or
     * {@code formaction} attribute, and any URL attribute whose value does not match the allowed pattern.
     *
     * @param driver the browser
     * @param forbiddenElements CSS selector list of forbidden elements
     * @param allowedUrl JavaScript regular expression (source) that every href, src and action value must match
     * @return descriptions such as {@code element SCRIPT} or {@code A @href=javascript:alert(1)}; empty when inert
     */
    @SuppressWarnings("unchecked")
    static List<String> find(final ChromeDriver driver, final String forbiddenElements, final String allowedUrl) {
        return (List<String>) driver.executeScript(
                "const found = [];"
                        + "const allowed = new RegExp(arguments[1], 'i');"
                        + "for (const e of document.body.querySelectorAll(arguments[0])) {"
                        + "  found.push('element ' + e.tagName); }"
                        + "for (const e of [document.body, ...document.body.querySelectorAll('*')]) {"
                        + "  for (const a of e.attributes) {"
                        + "    const n = a.name.toLowerCase();"
                        + "    if (n.startsWith('on') || n === 'style' || n === 'srcdoc' || n === 'formaction') {"
                        + "      found.push(e.tagName + ' @' + n); }"
                        + "    if ((n === 'href' || n === 'src' || n === 'action' || n.endsWith(':href'))"
                        + "        && !allowed.test(a.value)) { found.push(e.tagName + ' @' + n + '=' + a.value); }"
                        + "  } }"
                        + "return found;",
                forbiddenElements,
                allowedUrl);
    }
}
