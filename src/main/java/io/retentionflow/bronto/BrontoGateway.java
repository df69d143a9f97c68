package io.retentionflow.bronto;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything the product asks of Bronto, in the product's own words and records. Failures are
 * {@link BrontoException}s; per-object refusals of a write come back as {@link ObjectOutcome}s so
 * a caller knows which contact or list failed and why.
 *
 * <p>Write calls take at most {@link #MAX_OBJECTS_PER_CALL} objects, Bronto's limit.
 */
public interface BrontoGateway {

    int MAX_OBJECTS_PER_CALL = 5_000;

    /** Signs in with the configured token, which proves endpoint and token in one call. */
    void verifyLogin();

    Optional<MessageFolder> findMessageFolder(String name);

    /** The messages of a folder; with content, each carries its subject, HTML and text. */
    List<BrontoMessage> readMessages(String folderId, boolean includeContent);

    Optional<BrontoMessage> readMessage(String messageId);

    List<BrontoField> readFields();

    /**
     * The contacts Bronto holds for these addresses; an address Bronto does not know is simply
     * absent. Bronto returns the contents of the fields named by id in {@code fieldIds} only.
     */
    List<BrontoContact> readContactsByEmail(Collection<String> emails, Collection<String> fieldIds);

    /** Creates or updates contacts by address; Bronto never changes an existing contact's status this way. */
    WriteOutcome addOrUpdateContacts(List<ContactData> contacts);

    Optional<MailList> findList(String name);

    ObjectOutcome addList(String name, String label);

    WriteOutcome deleteLists(List<String> listIds);

    /** Adds the contacts with these addresses to a list; an address already on it fails harmlessly with 506. */
    WriteOutcome addToList(String listId, List<String> emails);

    WriteOutcome removeFromList(String listId, List<String> emails);

    ObjectOutcome addDelivery(DeliveryRequest request);

    /** The delivery of this message to this list at this start, if one was already created: look up before create. */
    Optional<Delivery> findDelivery(String messageId, String listId, OffsetDateTime start);

    Optional<Delivery> readDelivery(String deliveryId);

    /** Moves the start of a delivery that has not started yet. */
    ObjectOutcome rescheduleDelivery(String deliveryId, OffsetDateTime start);

    /** Cancels a delivery that has not started yet (Bronto's status {@code skipped}). */
    ObjectOutcome cancelDelivery(String deliveryId);

    List<ListDeliveryStats> readDeliveryRecipients(String deliveryId);
}
