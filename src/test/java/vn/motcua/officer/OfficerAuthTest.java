package vn.motcua.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficerAuthTest {

    private static final String TOKEN = "officer-token-0123456789";
    private final OfficerAuth auth = new OfficerAuth(TOKEN);

    @Test
    void acceptsTheTokenAsABearerCredential() {
        assertTrue(auth.isOfficer("Bearer " + TOKEN));
        assertTrue(auth.isOfficer("bearer " + TOKEN));
    }

    @Test
    void refusesAMissingWrongOrDifferentlySchemedToken() {
        assertFalse(auth.isOfficer(null));
        assertFalse(auth.isOfficer(""));
        assertFalse(auth.isOfficer("Bearer "));
        assertFalse(auth.isOfficer("Bearer " + TOKEN.substring(1)));
        assertFalse(auth.isOfficer(TOKEN));
        assertFalse(auth.isOfficer("Basic " + TOKEN));
    }

    @Test
    void settingsNeverShowTheToken() {
        String shown = new OfficerSettings(TOKEN).toString();

        assertFalse(shown.contains(TOKEN), shown);
        assertEquals("OfficerSettings[adminToken=none]", OfficerSettings.DISABLED.toString());
    }

    @Test
    void aShortTokenIsRefusedAndABlankOneDisablesTheConsole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OfficerSettings("short"));

        assertTrue(e.getMessage().contains("16"), e.getMessage());
        assertFalse(new OfficerSettings("  ").isEnabled());
    }
}
