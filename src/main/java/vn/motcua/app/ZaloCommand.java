package vn.motcua.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.zalo.ZaloAuthorization;

/** {@code motcua zalo authorize}: the OA administrator grants the app access; the tokens go to the database. */
@Command(
        name = "zalo",
        mixinStandardHelpOptions = true,
        description = "Zalo Official Account channel.",
        subcommands = {ZaloCommand.Authorize.class})
final class ZaloCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: authorize");
    }

    @Command(
            name = "authorize",
            mixinStandardHelpOptions = true,
            description = {"Print the OA permission URL (PKCE, S256), then exchange the code Zalo returns for tokens and store them.",
                    "Paste the code, or the whole address Zalo redirected to, when asked; or pass --code with the --verifier printed before."})
    static final class Authorize implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--redirect-uri", required = true, paramLabel = "URL",
                description = "The callback URL registered for the app at developers.zalo.me.")
        String redirectUri;

        @Option(names = "--code", paramLabel = "CODE", description = "The authorization code, when it is already at hand (needs --verifier).")
        String code;

        @Option(names = "--verifier", paramLabel = "VERIFIER", description = "The code verifier printed with the permission URL that produced --code.")
        String verifier;

        private final Supplier<Wiring> wiring;

        Authorize(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            Wiring w = wiring.get();
            if (!w.config().zalo().isEnabled()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "the Zalo channel is not configured: set ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY");
            }
            if (code != null && verifier == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--code needs the --verifier printed with its permission URL");
            }
            ZaloAuthorization authorization = w.zaloAuthorization();
            String state = null;
            if (code == null) {
                ZaloAuthorization.Start start = authorization.start(redirectUri);
                verifier = start.codeVerifier();
                state = start.state();
                out.println("1. Sign in to Zalo as an administrator of the Official Account and open:");
                out.println("   " + start.url());
                out.println("2. Approve. Zalo redirects to " + redirectUri + "?code=…&state=" + state);
                out.println("   (code verifier, for --code later: " + verifier + ")");
                out.print("3. Paste the code, or the whole address: ");
                out.flush();
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no code given; nothing was stored");
                }
                code = codeOf(line.strip(), state);
            }
            Instant expires = authorization.complete(code, verifier);
            out.println("Zalo tokens stored in the database; the access token expires at " + expires + " and is refreshed automatically.");
            return 0;
        }

        /** The code in a pasted redirect address (its state must match), or the pasted text itself. */
        private String codeOf(String pasted, String state) {
            if (!pasted.contains("code=")) {
                return pasted;
            }
            okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(pasted);
            if (url == null || url.queryParameter("code") == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read a code from the pasted address");
            }
            if (!state.equals(url.queryParameter("state"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the state in the address does not match this authorization; start again");
            }
            return url.queryParameter("code");
        }
    }
}
