package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.ArtifactEntry;
import java.util.List;

/** The deployed artifacts with their SHA-256 checksums. */
final class ArtifactsHtml {
    private ArtifactsHtml() {}

    static void write(final ReportData data, final HtmlWriter html) {
        HtmlSection.open(html, "dsr-artifacts", "Artifacts");
        List<ArtifactEntry> artifacts = data.record().getArtifacts();
        if (artifacts.isEmpty()) {
            HtmlSection.empty(html, "No artifact was recorded.");
        } else {
            HtmlSection.table(html, "dsr-artifacts-table", "Artifact", "Version", "SHA-256", "Size");
            for (ArtifactEntry artifact : artifacts) {
                html.open("tr");
                HtmlSection.cell(html, artifact.name());
                HtmlSection.cell(html, data.record().getVersion());
                HtmlSection.codeCell(html, artifact.sha256());
                HtmlSection.cell(html, size(artifact.sizeBytes()));
                html.close();
            }
            HtmlSection.end(html);
        }
        html.close();
    }

    /** Returns a size in bytes as text, or a dash when unknown. */
    static String size(final long bytes) {
        return bytes < 0 ? Texts.NONE : bytes + " bytes";
    }
}
