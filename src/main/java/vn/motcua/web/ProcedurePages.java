package vn.motcua.web;

import static java.util.Objects.requireNonNull;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.Messages;
import vn.motcua.answer.ProcedureCard;

/**
 * {@code /thu-tuc/{code}}: the full card of a procedure, readable and printable; and
 * {@code /thu-tuc/{code}/qr}: an A4 poster with a QR code that opens the assistant on it. Every
 * value from the record is escaped.
 */
final class ProcedurePages {

    private static final Pattern CODE = Pattern.compile("\\d{1,2}\\.\\d{6}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?");
    private static final String STYLE = "body{font-family:system-ui,'Segoe UI',Roboto,Arial,sans-serif;max-width:860px;margin:2rem auto;"
            + "padding:0 1rem;color:#1d2733;line-height:1.5}h1{font-size:1.6rem}dt{font-weight:600;margin-top:.6rem}dd{margin:0 0 .2rem}"
            + "li{margin:.3rem 0}.muted{color:#5b6777}.actions a{margin-right:1rem}@media print{.actions{display:none}}"
            + ".poster{text-align:center}.poster h1{font-size:2.2rem}.poster svg{width:120mm;height:120mm}"
            + "@page{size:A4;margin:15mm}";

    private final AnswerService answers;
    private final Messages messages = Messages.vietnamese();

    ProcedurePages(AnswerService answers) {
        this.answers = requireNonNull(answers, "answers may not be null");
    }

    void page(Context ctx) {
        ProcedureCard c = card(ctx);
        StringBuilder b = head(messages.get("web.page.title", c.name(), c.code()));
        b.append("<main><h1>").append(Html.escape(c.name())).append("</h1><dl>");
        row(b, "web.page.code", c.code());
        row(b, "web.page.field", c.field());
        row(b, "web.page.level", String.join(", ", c.levels()));
        row(b, "web.page.agency", c.agency());
        row(b, "web.page.deadline", c.deadline());
        row(b, "web.page.fee", c.fee() == null ? null : c.fee() + (c.feeSetByProvince() ? " (" + messages.get("web.page.province") + ")" : ""));
        row(b, "web.page.channels", c.channels());
        row(b, "web.page.result", c.result());
        b.append("</dl><h2>").append(Html.escape(messages.get("web.page.documents"))).append("</h2>");
        for (ProcedureCard.Group g : c.documents()) {
            if (g.group() != null) {
                b.append("<h3>").append(Html.escape(g.group())).append("</h3>");
            }
            b.append("<ul>");
            for (ProcedureCard.Item i : g.items()) {
                b.append("<li>").append(Html.escape(i.name()));
                if (i.form() != null) {
                    b.append(" <span class=\"muted\">(").append(Html.escape(messages.get("web.page.form", i.form()))).append(")</span>");
                }
                if ((i.originals() != null && i.originals() > 0) || (i.copies() != null && i.copies() > 0)) {
                    b.append(" <span class=\"muted\">– ").append(Html.escape(messages.get("web.page.counts",
                            i.originals() == null ? 0 : i.originals(), i.copies() == null ? 0 : i.copies()))).append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<p class=\"muted\">").append(Html.escape(messages.get("web.page.source")));
        if (c.url() != null) {
            b.append(": <a href=\"").append(Html.escape(c.url())).append("\" rel=\"noopener\">").append(Html.escape(c.url())).append("</a>");
        }
        b.append("</p><p class=\"actions\"><a href=\"/?thu_tuc=").append(Html.escape(c.code())).append("\">")
                .append(Html.escape(messages.get("web.page.ask"))).append("</a><a href=\"/thu-tuc/").append(Html.escape(c.code()))
                .append("/qr\">QR</a></p></main></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(b.toString());
    }

    void poster(Context ctx) {
        ProcedureCard c = card(ctx);
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            throw new ApiException(400, "bad_request", "web.error.bad_request");
        }
        String target = ctx.scheme() + "://" + host + "/?thu_tuc=" + c.code();
        StringBuilder b = head(messages.get("web.page.title", c.name(), c.code()));
        b.append("<main class=\"poster\"><h1>").append(Html.escape(c.name())).append("</h1><p>")
                .append(Html.escape(messages.get("web.page.code"))).append(": ").append(Html.escape(c.code())).append("</p>")
                .append(qrSvg(target)).append("<h2>").append(Html.escape(messages.get("web.poster.scan"))).append("</h2><p>")
                .append(Html.escape(messages.get("web.poster.hint"))).append("</p><p class=\"muted\">").append(Html.escape(target))
                .append("</p></main></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(b.toString());
    }

    private ProcedureCard card(Context ctx) {
        String code = ctx.pathParam("code");
        if (!CODE.matcher(code).matches()) {
            throw new ApiException(404, "not_found", "web.error.procedure_not_found");
        }
        return answers.card(code).orElseThrow(() -> new ApiException(404, "not_found", "web.error.procedure_not_found"));
    }

    private StringBuilder head(String title) {
        return new StringBuilder("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private void row(StringBuilder b, String labelKey, String value) {
        b.append("<dt>").append(Html.escape(messages.get(labelKey))).append("</dt><dd>")
                .append(Html.escape(value == null || value.isBlank() ? messages.get("web.page.not_stated") : value)).append("</dd>");
    }

    /** The QR code of a URL as inline SVG, one square per module, with a quiet zone. */
    static String qrSvg(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8"));
            StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"QR\" viewBox=\"0 0 ")
                    .append(m.getWidth()).append(' ').append(m.getHeight()).append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        b.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return b.append("\" fill=\"#000\"/></svg>").toString();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode a QR code for " + text, e);
        }
    }
}
