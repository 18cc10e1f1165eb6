package miner

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobFailed  = "failed"
)

// JobView is a fine-tune job as GET /v1/jobs/{id} shows it. Progress is
// step/steps in thousandths; Loss is the last reported training loss.
// WeightsHash and Commitment are set once the job is done:
// Commitment = sha256(weights hash ‖ hotkey).
type JobView struct {
	ID          string    `json:"id"`
	Subnet      uint16    `json:"subnet"`
	State       string    `json:"state"`
	Step        int       `json:"step"`
	Steps       int       `json:"steps"`
	Progress    int       `json:"progress_permille"`
	Loss        float64   `json:"loss"`
	WeightsHash string    `json:"weights_hash,omitempty"`
	Commitment  string    `json:"commitment,omitempty"`
	Error       string    `json:"error,omitempty"`
	Created     time.Time `json:"created"`
	Updated     time.Time `json:"updated"`
}

// CopySource is where a copier miner takes another miner's published
// weights from (the adversarial devnet's copier behaviour).
type CopySource interface {
	Latest(ctx context.Context) ([]byte, error)
}

// Committer records a fine-tune commitment where validators read it (the
// ledger's commit_finetune, signed with the miner's hotkey). A job is done
// only once its commitment is recorded, and its weights are published only
// then, so that nobody can commit to them first.
type Committer interface {
	CommitFineTune(ctx context.Context, subnet uint16, commitment string) error
}

// errJobQueueFull: as many jobs wait as the server queues.
var errJobQueueFull = errors.New("miner: fine-tune queue full")

// jobs runs fine-tune jobs one at a time in the order they were queued and
// keeps the last maxKept of them for status queries.
type jobs struct {
	log     *slog.Logger
	now     func() time.Time
	train   func(ctx context.Context, req FineTuneRequest, progress func(Progress)) ([]byte, error)
	store   *ArtifactStore
	hotkey  common.Address
	commit  Committer // nil: commitments are only shown, not recorded
	maxKept int

	queue chan *job // buffered: its capacity is the queue limit

	mu    sync.Mutex
	byID  map[string]*job
	order []string // ids, oldest first
}

type job struct {
	subnet uint16
	req    FineTuneRequest
	view   JobView // guarded by jobs.mu
}

func newJobs(log *slog.Logger, now func() time.Time, train func(context.Context, FineTuneRequest, func(Progress)) ([]byte, error),
	store *ArtifactStore, hotkey common.Address, commit Committer, maxQueued, maxKept int) *jobs {
	return &jobs{log: log, now: now, train: train, store: store, hotkey: hotkey, commit: commit, maxKept: maxKept,
		queue: make(chan *job, maxQueued), byID: map[string]*job{}}
}

// submit queues a job and returns its view, or errJobQueueFull.
func (j *jobs) submit(subnet uint16, req FineTuneRequest) (JobView, error) {
	var id [16]byte
	if _, err := rand.Read(id[:]); err != nil {
		return JobView{}, fmt.Errorf("miner: job id: %w", err)
	}
	now := j.now().UTC()
	jb := &job{subnet: subnet, req: req, view: JobView{ID: hex.EncodeToString(id[:]), Subnet: subnet, State: JobQueued,
		Steps: req.Steps, Created: now, Updated: now}}
	j.mu.Lock()
	defer j.mu.Unlock()
	select {
	case j.queue <- jb:
	default:
		return JobView{}, errJobQueueFull
	}
	j.byID[jb.view.ID] = jb
	j.order = append(j.order, jb.view.ID)
	j.evictLocked()
	return jb.view, nil
}

// evictLocked drops the oldest finished jobs beyond maxKept.
func (j *jobs) evictLocked() {
	for i := 0; len(j.byID) > j.maxKept && i < len(j.order); {
		id := j.order[i]
		if s := j.byID[id].view.State; s == JobDone || s == JobFailed {
			delete(j.byID, id)
			j.order = append(j.order[:i], j.order[i+1:]...)
			continue
		}
		i++
	}
}

// get returns the job's view.
func (j *jobs) get(id string) (JobView, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	jb, ok := j.byID[id]
	if !ok {
		return JobView{}, false
	}
	return jb.view, true
}

// update changes a job's view under the lock.
func (j *jobs) update(jb *job, f func(v *JobView)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	f(&jb.view)
	jb.view.Updated = j.now().UTC()
}

// run executes queued jobs until ctx ends; a job running then fails with
// ctx's error, and queued ones are marked failed.
func (j *jobs) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			for {
				select {
				case jb := <-j.queue:
					j.update(jb, func(v *JobView) { v.State, v.Error = JobFailed, "miner shut down" })
				default:
					return
				}
			}
		case jb := <-j.queue:
			j.runOne(ctx, jb)
		}
	}
}

// runOne trains one job, computes and records the commitment, then
// publishes the weights, logging progress at every tenth of the steps.
func (j *jobs) runOne(ctx context.Context, jb *job) {
	id := jb.view.ID
	j.update(jb, func(v *JobView) { v.State = JobRunning })
	j.log.Info("miner: fine-tune started", "job", id, "steps", jb.req.Steps, "base", jb.req.BaseHash)
	lastTenth := -1
	progress := func(p Progress) {
		j.update(jb, func(v *JobView) {
			v.Step, v.Loss = min(max(p.Step, 0), v.Steps), p.Loss
			v.Progress = 1000 * v.Step / max(v.Steps, 1)
		})
		if tenth := 10 * p.Step / max(jb.req.Steps, 1); tenth != lastTenth {
			lastTenth = tenth
			j.log.Info("miner: fine-tune progress", "job", id, "step", p.Step, "steps", jb.req.Steps, "loss", p.Loss)
		}
	}
	weights, err := j.train(ctx, jb.req, progress)
	var hash, commit string
	if err == nil {
		sum := sha256.Sum256(weights)
		hash = hex.EncodeToString(sum[:])
		commit, err = Commitment(hash, j.hotkey)
	}
	if err == nil && j.commit != nil {
		err = j.commit.CommitFineTune(ctx, jb.subnet, commit)
	}
	if err == nil {
		_, err = j.store.Put(weights)
	}
	if err != nil {
		j.log.Warn("miner: fine-tune failed", "job", id, "err", err)
		j.update(jb, func(v *JobView) { v.State, v.Error = JobFailed, err.Error() })
		return
	}
	j.update(jb, func(v *JobView) {
		v.State, v.WeightsHash, v.Commitment = JobDone, hash, commit
		v.Step, v.Progress = v.Steps, 1000
	})
	j.log.Info("miner: fine-tune done", "job", id, "weights", hash, "commitment", commit)
}
