package vn.motcua.app;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.officer.OfficerAccounts;

/** {@code motcua officer add|revoke|list}: officer accounts, kept in the database. */
@Command(name = "officer", mixinStandardHelpOptions = true, description = "Manage officer accounts (add, revoke, list).",
        subcommands = {OfficerCommand.Add.class, OfficerCommand.Revoke.class, OfficerCommand.ListAccounts.class})
final class OfficerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add, revoke or list");
    }

    /** {@code officer add NAME [--admin]}: prints the login token once. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account and print its login token (shown once).")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Account name: 2-64 letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--admin", description = "Give the admin role (audit log, exports).")
        boolean admin;

        private final Supplier<Wiring> wiring;

        Add(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            String token;
            try {
                token = wiring.get().officerAccounts().add(name, admin, OfficerAccounts.CLI);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            var out = spec.commandLine().getOut();
            out.println("account " + name + " (" + (admin ? "admin" : "officer") + ") created; its login token, shown only now:");
            out.println(token);
            return 0;
        }
    }

    /** {@code officer revoke NAME}: the account can no longer log in; its sessions end. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an account and end its sessions.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        private final Supplier<Wiring> wiring;

        Revoke(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            if (!wiring.get().officerAccounts().revoke(name, OfficerAccounts.CLI)) {
                spec.commandLine().getErr().println("motcua: no active account named " + name);
                return 1;
            }
            spec.commandLine().getOut().println("account " + name + " revoked");
            return 0;
        }
    }

    /** {@code officer list}: names, roles, dates; never a secret. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts (name, role, created, revoked).")
    static final class ListAccounts implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final Supplier<Wiring> wiring;

        ListAccounts(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            for (OfficerAccounts.Listed a : wiring.get().officerAccounts().list()) {
                out.println(a.name() + "\t" + a.role() + "\t" + a.createdAt() + "\t" + (a.revokedAt() == null ? "active" : "revoked " + a.revokedAt()));
            }
            return 0;
        }
    }
}
