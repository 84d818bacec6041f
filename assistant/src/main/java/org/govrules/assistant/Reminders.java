package org.govrules.assistant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govrules.Deadline;
import org.govrules.DeadlineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders of deadlines, planned from the ledger and sent through the channels, persistently: each planned reminder
 * is a db-scheduler task in the store's database, so reminders survive restarts and several instances share the
 * work without sending one twice (a reminder is claimed in the delivery log before it is sent).
 *
 * <p>Planning is idempotent: it computes the reminders due from today on for every subscription and open deadline,
 * schedules those not yet scheduled, and cancels scheduled ones that no longer apply (a comment arrived, a meeting
 * moved). It runs when the ledger changes and every hour.
 */
public final class Reminders implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    static final String TASK = "reminder";

    private final Assistant assistant;
    private final Map<String, Channel> channels = new HashMap<>();
    private final LocalTime sendAt;
    private final OneTimeTask<Void> reminderTask;
    private final Scheduler scheduler;

    Reminders(Assistant assistant, List<Channel> channels, LocalTime sendAt, Duration pollingInterval,
            Duration firstRetry) {
        this.assistant = assistant;
        this.sendAt = sendAt;
        channels.forEach(c -> this.channels.put(c.name(), c));
        this.reminderTask = Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetry))
                .onDeadExecutionRevive()
                .execute((instance, context) -> deliver(instance.getId()));
        RecurringTask<Void> replan = Tasks.recurring("replan-reminders", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> plan());
        this.scheduler = Scheduler.create(assistant.store().dataSource(), List.of(reminderTask))
                .startTasks(replan)
                .pollingInterval(pollingInterval)
                // A reminder picked by an instance that died is revived after four missed heartbeats: ten polling
                // intervals each (at least a second), rather than db-scheduler's default of half an hour.
                .heartbeatInterval(max(Duration.ofSeconds(1), pollingInterval.multipliedBy(10)))
                .missedHeartbeatsLimit(4)
                .threads(8)
                // Times are kept in UTC whatever the server's zone (the columns are timestamps with time zone on
                // both H2 and PostgreSQL); said explicitly, db-scheduler no longer warns at every start.
                .alwaysPersistTimestampInUTC()
                .build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    void start() {
        scheduler.start();
        plan();
    }

    /** Brings the scheduled reminders in line with the ledger and subscriptions; returns how many are scheduled. */
    public synchronized int plan() {
        Map<String, Instant> wanted = new HashMap<>();
        Set<String> sent = new HashSet<>();
        assistant.store().deliveries().all().stream().filter(d -> d.status().equals("sent")).forEach(d -> sent.add(d.key()));
        for (Reminder r : due()) {
            if (!sent.contains(r.key())) {
                wanted.put(r.key(), r.day().atTime(sendAt).atZone(assistant.zone(r.deadline().body())).toInstant());
            }
        }
        for (String key : scheduled()) {
            if (!wanted.containsKey(key)) {
                try {
                    scheduler.cancel(TaskInstanceId.of(TASK, key));
                } catch (RuntimeException e) {
                    LOG.debug("Reminder {} could not be cancelled (it is running): {}", key, e.getMessage());
                }
            }
        }
        wanted.forEach((key, at) -> scheduler.scheduleIfNotExists(reminderTask.instance(key), at));
        return wanted.size();
    }

    /** The keys of the reminders scheduled and not yet run. */
    Set<String> scheduled() {
        Set<String> scheduled = new HashSet<>();
        scheduler.fetchScheduledExecutionsForTask(TASK, Void.class, e -> scheduled.add(e.getTaskInstance().getId()));
        return scheduled;
    }

    /** Every reminder due from today on: each open deadline, each subscriber of its body, each offset. */
    List<Reminder> due() {
        var reminders = new java.util.ArrayList<Reminder>();
        var byBody = new HashMap<String, List<Deadline>>();
        for (Subscription s : assistant.store().subscriptions().all()) {
            LocalDate today = assistant.today(s.body());
            List<Deadline> deadlines = byBody.computeIfAbsent(s.body(), b -> assistant.deadlines(b, today));
            for (Deadline d : deadlines) {
                if (d.status() != DeadlineStatus.OPEN) {
                    continue;
                }
                for (int days : s.daysBefore()) {
                    Reminder r = new Reminder(d, s, days);
                    if (!r.day().isBefore(today)) {
                        reminders.add(r);
                    }
                }
            }
        }
        return reminders;
    }

    /**
     * The reminder with this key if it still applies: its subscription still asks for that offset, and its deadline
     * is still open on the same due date. Only the reminder's own body is re-derived.
     */
    Optional<Reminder> stillDue(String key) {
        String[] parts = key.split("\\|");
        if (parts.length < 6) {
            return Optional.empty();
        }
        String body = parts[0];
        String channel = parts[3];
        String address = key.substring(key.indexOf(channel + "|") + channel.length() + 1, key.lastIndexOf('|'));
        int days = Integer.parseInt(parts[parts.length - 1]);
        Optional<Subscription> subscription = assistant.store().subscriptions().find(channel, address, body)
                .filter(s -> s.daysBefore().contains(days));
        if (subscription.isEmpty()) {
            return Optional.empty();
        }
        return assistant.deadlines(body, assistant.today(body)).stream()
                .filter(d -> d.status() == DeadlineStatus.OPEN)
                .map(d -> new Reminder(d, subscription.get(), days))
                .filter(r -> r.key().equals(key))
                .findFirst();
    }

    /** Sends one reminder, if it still applies and has not been sent; a failure is logged, recorded and retried. */
    private void deliver(String key) {
        Optional<Reminder> reminder = stillDue(key);
        if (reminder.isEmpty()) {
            LOG.info("Reminder {} no longer applies; not sent", key);
            return;
        }
        Reminder r = reminder.get();
        Channel channel = channels.get(r.to().channel());
        if (channel == null) {
            throw new IllegalStateException("No channel '" + r.to().channel() + "' is running to send " + key);
        }
        var deliveries = assistant.store().deliveries();
        if (!deliveries.claim(r)) {
            return;
        }
        try {
            channel.send(r);
            deliveries.sent(r);
            counted(r, "sent");
        } catch (Exception e) {
            deliveries.failed(r, e.toString());
            if (channel.isGone(e)) {
                counted(r, "failed");
                assistant.store().subscriptions().unsubscribe(r.to().channel(), r.to().address(), null);
                LOG.warn("{} {} cannot be reached any more ({}); unsubscribed", r.to().channel(), r.to().address(),
                        e.getMessage());
                return;
            }
            counted(r, "retried");
            LOG.warn("Reminder {} could not be sent, will retry: {}", key, e.toString());
            throw new IllegalStateException("Reminder " + key + " not sent: " + e.getMessage(), e);
        }
    }

    /** Counts a send: {@code sent}, {@code retried} (failed, to be tried again) or {@code failed} (given up). */
    private void counted(Reminder r, String result) {
        assistant.metrics().counter("govrules.reminders", "channel", r.to().channel(), "result", result).increment();
    }

    @Override
    public void close() {
        if (stopped.getAndSet(true)) {
            return;
        }
        scheduler.stop();
    }
}
