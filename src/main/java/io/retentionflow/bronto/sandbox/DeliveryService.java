package io.retentionflow.bronto.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.retentionflow.bronto.soap.DeliveryFilter;
import io.retentionflow.bronto.soap.DeliveryObject;
import io.retentionflow.bronto.soap.DeliveryRecipientFilter;
import io.retentionflow.bronto.soap.DeliveryRecipientObject;
import io.retentionflow.bronto.soap.DeliveryRecipientStatObject;
import io.retentionflow.bronto.soap.FilterType;
import io.retentionflow.bronto.soap.WriteResult;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * addDeliveries, readDeliveries, updateDeliveries, deleteDeliveries and readDeliveryRecipients. Reads write too: the
 * first read at or after a delivery's start freezes whom it reached.
 */
@Service
@Profile("sandbox")
public class DeliveryService {

    static final Set<String> TYPES = Set.of("triggered", "test", "transactional");
    static final String DEFAULT_TYPE = "triggered";
    static final Duration LATEST_START = Duration.ofDays(2 * 365);
    /** The width of sandbox_delivery.from_name. */
    static final int MAX_FROM_NAME_LENGTH = 255;
    private static final Set<String> RECIPIENT_TYPES = Set.of(DeliveryStore.LIST, DeliveryStore.CONTACT);
    private static final Set<String> SELECTIONS = Set.of(DeliveryStore.SELECTED, DeliveryStore.INELIGIBLE);
    private static final List<String> MAILABLE = ContactStatus.MAILABLE.stream().map(ContactStatus::wireName).toList();

    private final DeliveryStore deliveries;
    private final MessageStore messages;
    private final ListStore lists;
    private final MembershipStore members;
    private final SandboxClock clock;

    public DeliveryService(DeliveryStore deliveries, MessageStore messages, ListStore lists, MembershipStore members,
            SandboxClock clock) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.lists = lists;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public WriteResult add(List<DeliveryObject> input) {
        OffsetDateTime now = clock.now();
        WriteResultBuilder result = new WriteResultBuilder();
        for (DeliveryObject delivery : input) {
            String type = delivery.getType() == null ? DEFAULT_TYPE : delivery.getType();
            Optional<Long> messageId = SandboxId.MESSAGE.parse(delivery.getMessageId())
                    .filter(id -> messages.findMessage(id).isPresent());
            List<DeliveryStore.Target> targets = new ArrayList<>();
            FaultCode problem = !TYPES.contains(type) ? FaultCode.FATAL_SEND_ERROR
                    : messageId.isEmpty() ? FaultCode.MESSAGE_NOT_FOUND
                    : startProblem(delivery, now)
                    .or(() -> senderProblem(delivery))
                    .orElseGet(() -> collectTargets(delivery.getRecipients(), targets));
            if (problem != FaultCode.OK) {
                result.error(problem);
                continue;
            }
            long id = deliveries.add(messageId.get(), type, XmlDateTimes.toOffsetDateTime(delivery.getStart()),
                    delivery.getFromEmail().trim(), delivery.getFromName().trim(), delivery.getReplyEmail().trim(), targets);
            result.success(SandboxId.DELIVERY.format(id), true);
        }
        return result.build();
    }

    @Transactional
    public List<DeliveryObject> read(DeliveryFilter filter, boolean includeRecipients, boolean includeContent, Page page) {
        OffsetDateTime now = clock.now();
        SqlFilter sql = filter == null ? SqlFilter.of(null) : SqlFilter.of(filter.getType())
                .ids("d.id", SandboxId.DELIVERY, filter.getId())
                .ids("d.message_id", SandboxId.MESSAGE, filter.getMessageId())
                .dates("d.start_at", filter.getStart())
                .values("d.delivery_type", filter.getDeliveryType());
        if (filter != null) {
            statusCriterion(filter.getStatus(), now, sql);
        }
        List<DeliveryStore.Delivery> found = deliveries.read(sql, page);
        found.stream().filter(delivery -> SimulatedDeliveryStatus.of(delivery, now) != SimulatedDeliveryStatus.UNSENT)
                .forEach(delivery -> deliveries.snapshotOnce(delivery.id(), now, MAILABLE));
        List<Long> ids = found.stream().map(DeliveryStore.Delivery::id).toList();
        Map<Long, List<DeliveryStore.Share>> shares = deliveries.shares(ids);
        Map<Long, List<DeliveryStore.Target>> targets = includeRecipients ? deliveries.targets(ids) : Map.of();
        return found.stream().map(delivery -> {
            DeliveryObject object = toDeliveryObject(delivery, now);
            long recipients = shares.getOrDefault(delivery.id(), List.of()).stream().mapToLong(DeliveryStore.Share::recipients).sum();
            SimulatedMetricsMapper.copy(metricsOf(delivery, recipients, now), object);
            targets.getOrDefault(delivery.id(), List.of()).forEach(target -> object.getRecipients().add(toRecipient(target)));
            if (includeContent) {
                messages.findMessage(delivery.messageId()).ifPresent(message -> object.getContent().addAll(MessageService.contentOf(message)));
            }
            return object;
        }).toList();
    }

    /**
     * One stat object per selected list (or contact), each with that recipient's share of the delivery's numbers. The
     * shares are apportioned from the delivery's own figures, so over all its lists they add up to what readDeliveries
     * says. The filter's type combines listIds and contactIds; its deliveryId always applies.
     */
    @Transactional
    public List<DeliveryRecipientStatObject> readRecipients(DeliveryRecipientFilter filter, Page page) {
        if (filter == null || filter.getDeliveryId() == null) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST, "The filter must name a deliveryId.");
        }
        if (filter.getSegmentIds().stream().anyMatch(Objects::nonNull)) {
            throw new SandboxFault(FaultCode.UNVERIFIABLE_PARAMETER, "The sandbox does not support filtering by segmentIds.");
        }
        DeliveryStore.Delivery delivery = SandboxId.DELIVERY.parse(filter.getDeliveryId()).flatMap(deliveries::find)
                .orElseThrow(() -> new SandboxFault(FaultCode.DELIVERY_NOT_FOUND));
        OffsetDateTime now = clock.now();
        if (SimulatedDeliveryStatus.of(delivery, now) != SimulatedDeliveryStatus.UNSENT) {
            deliveries.snapshotOnce(delivery.id(), now, MAILABLE);
        }
        List<DeliveryStore.Share> shares = deliveries.shares(List.of(delivery.id())).getOrDefault(delivery.id(), List.of());
        List<SimulatedMetrics> figures = metricsOf(delivery, shares.stream().mapToLong(DeliveryStore.Share::recipients).sum(), now)
                .apportion(shares.stream().map(share -> (long) share.recipients()).toList());
        Predicate<DeliveryStore.Share> wanted = recipientCriterion(filter);
        List<DeliveryRecipientStatObject> objects = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            if (wanted.test(shares.get(i))) {
                objects.add(toStatObject(delivery, shares.get(i), figures.get(i)));
            }
        }
        return objects.stream().skip(page.offset()).limit(page.size()).toList();
    }

    /** listIds and contactIds, each a criterion when given, combined by the filter's type (AND unless OR). */
    private static Predicate<DeliveryStore.Share> recipientCriterion(DeliveryRecipientFilter filter) {
        List<Long> wantedLists = filter.getListIds().stream().filter(Objects::nonNull).map(SandboxId.LIST::parse)
                .flatMap(Optional::stream).toList();
        List<Long> wantedContacts = filter.getContactIds().stream().filter(Objects::nonNull).map(SandboxId.CONTACT::parse)
                .flatMap(Optional::stream).toList();
        List<Predicate<DeliveryStore.Share>> criteria = new ArrayList<>();
        if (filter.getListIds().stream().anyMatch(Objects::nonNull)) {
            criteria.add(share -> DeliveryStore.LIST.equals(share.recipientType()) && wantedLists.contains(share.recipientRef()));
        }
        if (filter.getContactIds().stream().anyMatch(Objects::nonNull)) {
            criteria.add(share -> DeliveryStore.CONTACT.equals(share.recipientType()) && wantedContacts.contains(share.recipientRef()));
        }
        if (criteria.isEmpty()) {
            return share -> true;
        }
        return filter.getType() == FilterType.OR
                ? criteria.stream().reduce(share -> false, Predicate::or)
                : criteria.stream().reduce(share -> true, Predicate::and);
    }

    /** Only a new start while unsent, or cancelling (status skipped) while unsent, as Bronto allowed. */
    @Transactional
    public WriteResult update(List<DeliveryObject> input) {
        OffsetDateTime now = clock.now();
        WriteResultBuilder result = new WriteResultBuilder();
        for (DeliveryObject change : input) {
            Optional<DeliveryStore.Delivery> found = SandboxId.DELIVERY.parse(change.getId()).flatMap(deliveries::find);
            if (found.isEmpty()) {
                result.error(change.getId(), FaultCode.DELIVERY_NOT_FOUND);
                continue;
            }
            DeliveryStore.Delivery delivery = found.get();
            FaultCode problem = updateProblem(change, delivery, now);
            if (problem != FaultCode.OK) {
                result.error(change.getId(), problem);
                continue;
            }
            if (change.getStart() != null) {
                deliveries.reschedule(delivery.id(), XmlDateTimes.toOffsetDateTime(change.getStart()));
            }
            if (change.getStatus() != null) {
                deliveries.cancel(delivery.id());
            }
            result.success(SandboxId.DELIVERY.format(delivery.id()), false);
        }
        return result.build();
    }

    @Transactional
    public WriteResult delete(List<DeliveryObject> input) {
        WriteResultBuilder result = new WriteResultBuilder();
        for (DeliveryObject delivery : input) {
            Optional<Long> id = SandboxId.DELIVERY.parse(delivery.getId()).filter(candidate -> deliveries.find(candidate).isPresent());
            if (id.isPresent()) {
                deliveries.delete(id.get());
                result.success(SandboxId.DELIVERY.format(id.get()), false);
            } else {
                result.error(delivery.getId(), FaultCode.DELIVERY_NOT_FOUND);
            }
        }
        return result.build();
    }

    private FaultCode updateProblem(DeliveryObject change, DeliveryStore.Delivery delivery, OffsetDateTime now) {
        if (change.getStart() == null && change.getStatus() == null) {
            return FaultCode.FATAL_SEND_ERROR;
        }
        if (change.getStatus() != null && !SimulatedDeliveryStatus.SKIPPED.wireName().equals(change.getStatus())) {
            return FaultCode.FATAL_SEND_ERROR;
        }
        if (SimulatedDeliveryStatus.of(delivery, now) != SimulatedDeliveryStatus.UNSENT) {
            return FaultCode.FATAL_SEND_ERROR;
        }
        return change.getStart() == null ? FaultCode.OK : startProblem(change, now).orElse(FaultCode.OK);
    }

    private static Optional<FaultCode> startProblem(DeliveryObject delivery, OffsetDateTime now) {
        if (delivery.getStart() == null || !XmlDateTimes.isStorable(delivery.getStart())
                || XmlDateTimes.toOffsetDateTime(delivery.getStart()).isAfter(now.plus(LATEST_START))) {
            return Optional.of(FaultCode.INVALID_START_DATE);
        }
        return Optional.empty();
    }

    private static Optional<FaultCode> senderProblem(DeliveryObject delivery) {
        if (!isEmail(delivery.getFromEmail()) || !isEmail(delivery.getReplyEmail())) {
            return Optional.of(FaultCode.INVALID_FROM_EMAIL);
        }
        if (delivery.getFromName() == null || delivery.getFromName().isBlank()
                || delivery.getFromName().trim().length() > MAX_FROM_NAME_LENGTH) {
            return Optional.of(FaultCode.INVALID_FROM_NAME);
        }
        return Optional.empty();
    }

    private static boolean isEmail(String value) {
        return value != null && ContactService.isValidEmail(value.trim());
    }

    /** Fills {@code targets} and answers OK, or names the first recipient problem. */
    private FaultCode collectTargets(List<DeliveryRecipientObject> recipients, List<DeliveryStore.Target> targets) {
        for (DeliveryRecipientObject recipient : recipients.stream().filter(Objects::nonNull).toList()) {
            if (!RECIPIENT_TYPES.contains(recipient.getType()) || !SELECTIONS.contains(recipient.getDeliveryType())) {
                return FaultCode.INVALID_RECIPIENT_TYPE;
            }
            boolean isList = DeliveryStore.LIST.equals(recipient.getType());
            Optional<Long> ref = isList
                    ? SandboxId.LIST.parse(recipient.getId()).flatMap(lists::findId)
                    : SandboxId.CONTACT.parse(recipient.getId()).filter(id -> !members.existingContacts(List.of(id)).isEmpty());
            if (ref.isEmpty()) {
                return isList ? FaultCode.LIST_NOT_FOUND : FaultCode.SUBSCRIBER_NOT_FOUND;
            }
            targets.add(new DeliveryStore.Target(targets.size(), recipient.getType(), ref.get(), recipient.getDeliveryType()));
        }
        boolean anySelected = targets.stream().anyMatch(target -> DeliveryStore.SELECTED.equals(target.selection()));
        return anySelected ? FaultCode.OK : FaultCode.NO_RECIPIENTS;
    }

    private static void statusCriterion(List<String> statuses, OffsetDateTime now, SqlFilter sql) {
        List<String> wanted = statuses.stream().filter(Objects::nonNull).toList();
        if (wanted.isEmpty()) {
            return;
        }
        List<String> conditions = Arrays.stream(SimulatedDeliveryStatus.values())
                .filter(status -> wanted.contains(status.wireName()))
                .map(status -> "(" + status.sqlCondition() + ")")
                .toList();
        sql.clause(conditions.isEmpty() ? "1 = 0" : String.join(" or ", conditions), SimulatedDeliveryStatus.sqlParams(now));
    }

    private static SimulatedMetrics metricsOf(DeliveryStore.Delivery delivery, long recipients, OffsetDateTime now) {
        Duration elapsed = delivery.cancelled() ? Duration.ofMillis(-1) : Duration.between(delivery.startAt(), now);
        return new SimulatedMetricsModel(delivery.id()).at(recipients, elapsed);
    }

    private static DeliveryObject toDeliveryObject(DeliveryStore.Delivery delivery, OffsetDateTime now) {
        DeliveryObject object = new DeliveryObject();
        object.setId(SandboxId.DELIVERY.format(delivery.id()));
        object.setStart(XmlDateTimes.toXml(delivery.startAt()));
        object.setMessageId(SandboxId.MESSAGE.format(delivery.messageId()));
        object.setStatus(SimulatedDeliveryStatus.of(delivery, now).wireName());
        object.setType(delivery.deliveryType());
        object.setFromEmail(delivery.fromEmail());
        object.setFromName(delivery.fromName());
        object.setReplyEmail(delivery.replyEmail());
        return object;
    }

    private static DeliveryRecipientObject toRecipient(DeliveryStore.Target target) {
        DeliveryRecipientObject recipient = new DeliveryRecipientObject();
        recipient.setType(target.recipientType());
        recipient.setDeliveryType(target.selection());
        recipient.setId((DeliveryStore.LIST.equals(target.recipientType()) ? SandboxId.LIST : SandboxId.CONTACT)
                .format(target.recipientRef()));
        return recipient;
    }

    private static DeliveryRecipientStatObject toStatObject(DeliveryStore.Delivery delivery, DeliveryStore.Share share,
            SimulatedMetrics figures) {
        DeliveryRecipientStatObject object = new DeliveryRecipientStatObject();
        object.setDeliveryId(SandboxId.DELIVERY.format(delivery.id()));
        if (DeliveryStore.LIST.equals(share.recipientType())) {
            object.setListId(SandboxId.LIST.format(share.recipientRef()));
        } else {
            object.setContactId(SandboxId.CONTACT.format(share.recipientRef()));
        }
        SimulatedMetricsMapper.copy(figures, object);
        return object;
    }
}
