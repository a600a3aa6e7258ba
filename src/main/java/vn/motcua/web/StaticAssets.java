package vn.motcua.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled static files (classpath {@code web/}): the demo page, the widget, the kiosk and the
 * API description, read once and served with explicit UTF-8 content types.
 */
final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "application/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files;

    private StaticAssets(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    static StaticAssets bundled() {
        Map<String, byte[]> m = new HashMap<>();
        for (String name : new String[] {"index.html", "widget.js", "kiosk.html", "openapi.json"}) {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + name)) {
                if (in != null) {
                    m.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled web/" + name, e);
            }
        }
        return new StaticAssets(m);
    }

    void serve(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw new ApiException(404, "not_found", "web.error.not_found");
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (name.equals("widget.js")) {
            ctx.header("Cache-Control", "public, max-age=300");
        }
        ctx.contentType(TYPES.get(ext)).result(body);
    }
}
