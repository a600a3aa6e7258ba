package vn.motcua.catalog;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Locates the real source excerpts under src/test/resources/fixtures. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private Fixtures() {}

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture: " + relative, e);
        }
    }

    static PortalJsonImporter portal() {
        return new PortalJsonImporter(KnowledgeBaseJson.mapper(), new FeeParser(TODAY));
    }

    static Procedure portalRecord(String ministry, String code) {
        Path root = path("portal");
        return portal().read(root, root.resolve("raw/" + ministry + "/" + code + ".json"));
    }

    static Procedure docxRecord(String ministry, String code) {
        Path root = path("docx");
        return new DocxImporter(new FeeParser(TODAY)).read(root, root.resolve("docx/" + ministry + "/" + code.replace('.', '_') + ".docx"));
    }

    static Channel channel(Procedure p, ChannelKind kind) {
        return p.channels().stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(p.code() + " has no " + kind + " channel"));
    }
}
