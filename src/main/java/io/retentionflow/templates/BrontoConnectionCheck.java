package io.retentionflow.templates;

import io.retentionflow.bronto.BrontoAuthenticationException;
import io.retentionflow.bronto.BrontoErrorCode;
import io.retentionflow.bronto.BrontoException;
import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.BrontoProperties;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.MessageFolder;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What an account owner asks first: does the product reach our Bronto account, and does it find the templates?
 * Signs in with the configured token, then reads the {@code Optimove} folder, and says in plain words what is
 * wrong and what to do about it. Bronto's own code comes with it, for Bronto's support.
 */
@Service
public class BrontoConnectionCheck {

    /** How a check ended: {@code code} is Bronto's error code, 0 when Bronto gave none. */
    public record Result(boolean connected, String summary, int code) {}

    private final BrontoGateway bronto;
    private final BrontoProperties properties;

    BrontoConnectionCheck(BrontoGateway bronto, BrontoProperties properties) {
        this.bronto = bronto;
        this.properties = properties;
    }

    public Result check() {
        if (!properties.hasApiToken()) {
            return new Result(false, "No API token is set: the product cannot sign in to Bronto. Set it as this page "
                    + "explains and restart.", 0);
        }
        try {
            bronto.verifyLogin();
            Optional<MessageFolder> folder = bronto.findMessageFolder(OptimoveTemplates.FOLDER);
            if (folder.isEmpty()) {
                return new Result(false, "Signed in, but the account has no message folder named \"%s\". Create it in "
                        .formatted(OptimoveTemplates.FOLDER) + "Bronto and put the campaign templates in it.", 0);
            }
            List<BrontoMessage> templates = bronto.readMessages(folder.get().id(), false);
            if (templates.isEmpty()) {
                return new Result(false, "Signed in, but the \"%s\" folder is empty: campaigns send only templates "
                        .formatted(OptimoveTemplates.FOLDER) + "from it. Move or create them there in Bronto.", 0);
            }
            return new Result(true, "Connected: signed in and read the \"%s\" folder, %d template%s."
                    .formatted(OptimoveTemplates.FOLDER, templates.size(), templates.size() == 1 ? "" : "s"), 0);
        } catch (BrontoAuthenticationException refused) {
            return new Result(false, signInRefused(refused.code()), refused.code());
        } catch (BrontoUnavailableException unreachable) {
            return new Result(false, "Bronto could not be reached at %s: %s. Check the address (BRONTO_ENDPOINT), the "
                    .formatted(properties.endpoint(), unreachable.getMessage())
                    + "network and any proxy between; Bronto itself may be down.", unreachable.code());
        } catch (BrontoException other) {
            return new Result(false, "Bronto refused the check: " + other.getMessage(), other.code());
        }
    }

    private static String signInRefused(int code) {
        return switch (BrontoErrorCode.of(code).orElse(BrontoErrorCode.UNKNOWN_ERROR)) {
            case INVALID_TOKEN -> "Bronto does not know this API token. Copy it again from Bronto (Settings › Data "
                    + "Exchange › SOAP API access) and set it anew.";
            case INACTIVE_TOKEN -> "The API token is inactive. Activate it in Bronto under Settings › Data Exchange, "
                    + "or create a new one.";
            case UNAUTHORIZED_IP -> "Bronto refuses calls from this server's IP address. Allow the address for the "
                    + "token in Bronto (Settings › Data Exchange), or lift the token's IP restriction.";
            case INVALID_ACCESS -> "The API token lacks a permission the product needs. Give it read and write access "
                    + "in Bronto (Settings › Data Exchange).";
            case SITE_INACTIVE, SITE_LOCKED, INVALID_SITE -> "The Bronto account is inactive, locked or unknown: ask "
                    + "Bronto's support, with the code below.";
            default -> "Bronto refused the sign-in; its code is below.";
        };
    }
}
