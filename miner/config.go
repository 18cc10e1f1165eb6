package miner

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/agora-net/agora/scoring"
)

// MaxBodyBytes is the largest request body the axon reads; a larger body
// is refused with 413 before anything else is checked.
const MaxBodyBytes = 64 << 10

// maxPromptLimit is the largest Config.MaxPromptBytes: a prompt must fit in
// a request body together with its JSON framing.
const maxPromptLimit = 60 << 10

// maxGenerateLimit is the largest Config.MaxTokens.
const maxGenerateLimit = 4096

// Behaviour is how a miner does its work: honestly, or as one of the
// cheats the adversarial devnet runs to show that validators catch them.
type Behaviour int

const (
	// Honest serves the committed model, trains for real and claims the
	// hardware it has.
	Honest Behaviour = iota
	// WrongModel reports the committed model's hash but answers with
	// Config.Substitute: a cheaper model than the one it committed to.
	WrongModel
	// Random answers inference with random tokens and log-probabilities.
	Random
	// Copier answers fine-tune jobs by re-publishing another miner's
	// upload (Config.CopySource) instead of training.
	Copier
	// Slow does honest work but answers inference after Config.SlowDelay.
	Slow
	// FakeGPU claims an 80 GB GPU it does not have (WithFakeGPU).
	FakeGPU
)

// behaviourNames are the text forms, indexed by Behaviour.
func behaviourNames() []string {
	return []string{"honest", "wrong-model", "random", "copier", "slow", "fake-gpu"}
}

// String returns the behaviour's name, as ParseBehaviour reads it.
func (b Behaviour) String() string {
	if names := behaviourNames(); b >= 0 && int(b) < len(names) {
		return names[b]
	}
	return fmt.Sprintf("Behaviour(%d)", int(b))
}

// ParseBehaviour parses honest, wrong-model, random, copier, slow or
// fake-gpu.
func ParseBehaviour(s string) (Behaviour, error) {
	if i := slices.Index(behaviourNames(), s); i >= 0 {
		return Behaviour(i), nil
	}
	return 0, fmt.Errorf("miner: unknown behaviour %q (want one of honest, wrong-model, random, copier, slow, fake-gpu)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (b Behaviour) MarshalText() ([]byte, error) {
	if b < 0 || int(b) >= len(behaviourNames()) {
		return nil, fmt.Errorf("miner: unknown behaviour %d", int(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseBehaviour.
func (b *Behaviour) UnmarshalText(text []byte) error {
	v, err := ParseBehaviour(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Config configures a miner's axon server. Key, ChainID, Subnets, Model,
// Permits and DataDir are required; DefaultConfig fills in the rest.
type Config struct {
	// Addr is the TCP address to listen on; port 0 picks a free port
	// (Server.Addr reports it). Default "127.0.0.1:0".
	Addr string
	// Key is the miner's hotkey: the address validators know it by, and
	// the key that signs its responses.
	Key *ecdsa.PrivateKey
	// ChainID is the ledger's chain id, the EIP-712 domain of request and
	// response signatures.
	ChainID uint64
	// Subnets are the subnets the miner serves; requests for others are
	// refused (403).
	Subnets []uint16
	// Model is the committed model: the axon reports its hash and, unless
	// Behaviour is WrongModel, serves it.
	Model Generator
	// Substitute is the model a WrongModel miner serves; required then.
	Substitute Generator
	// Trainer runs fine-tune jobs; nil: POST /v1/finetune answers 501.
	Trainer Trainer
	// CopySource is where a Copier takes its uploads; required then.
	CopySource CopySource
	// Committer records each fine-tune job's commitment before its
	// weights are published; nil: the commitment is only shown in the
	// job's view.
	Committer Committer
	// Permits says which validators may send requests.
	Permits PermitChecker
	// DataDir holds the miner's files; artifacts go to DataDir/artifacts.
	DataDir string
	// Hardware is what the miner reports and claims (Probe). FakeGPU
	// replaces it with WithFakeGPU.
	Hardware Hardware
	// Behaviour selects honest work or a cheat. Default Honest.
	Behaviour Behaviour
	// Logger receives request, job and lifecycle logs. Default: discard.
	Logger *slog.Logger
	// Now is the clock for the replay window and job times. Default
	// time.Now.
	Now func() time.Time

	// MaxTokens is the largest max_tokens a request may ask, 1..4096.
	// Default 256.
	MaxTokens int
	// MaxPromptBytes is the largest prompt in bytes, 1..61440. Default 4096.
	MaxPromptBytes int
	// MaxTopK is the largest top_k a request may ask, 1..256. Default 20.
	MaxTopK int
	// MaxInFlight is how many requests of one validator run at once.
	// Default 2.
	MaxInFlight int
	// MaxQueued is how many more requests of one validator wait for a
	// slot; beyond that the axon answers 429 at once. Default 8.
	MaxQueued int
	// QueueTimeout bounds a request's wait for a slot (then 429). Default
	// 5s.
	QueueTimeout time.Duration
	// RequestTimeout bounds a request's work once it has a slot (then
	// 503). Default 30s.
	RequestTimeout time.Duration
	// ReplayWindow is how far a request's timestamp may be from the
	// miner's clock; nonces are remembered for twice as long. Default 30s.
	ReplayWindow time.Duration
	// MaxChallengeN is the largest compute challenge the miner accepts,
	// a power of two up to scoring.MaxChallengeN. Default 4096.
	MaxChallengeN int
	// MaxSteps is the largest fine-tune job, in steps. Default 10000.
	MaxSteps int
	// MaxQueuedJobs is how many fine-tune jobs wait; beyond that
	// POST /v1/finetune answers 429. Default 4.
	MaxQueuedJobs int
	// SlowDelay is how long a Slow miner waits before answering. Default 3s.
	SlowDelay time.Duration
	// ShutdownTimeout bounds the graceful shutdown when Run's context
	// ends; connections still open then are closed. Default 5s.
	ShutdownTimeout time.Duration
}

// DefaultConfig returns a configuration complete but for the required
// fields.
func DefaultConfig() Config {
	return Config{
		Addr:            "127.0.0.1:0",
		Logger:          slog.New(slog.DiscardHandler),
		Now:             time.Now,
		Behaviour:       Honest,
		Hardware:        Hardware{Class: scoring.ClassCPU},
		MaxTokens:       256,
		MaxPromptBytes:  4096,
		MaxTopK:         20,
		MaxInFlight:     2,
		MaxQueued:       8,
		QueueTimeout:    5 * time.Second,
		RequestTimeout:  30 * time.Second,
		ReplayWindow:    30 * time.Second,
		MaxChallengeN:   scoring.MaxChallengeN,
		MaxSteps:        10000,
		MaxQueuedJobs:   4,
		SlowDelay:       3 * time.Second,
		ShutdownTimeout: 5 * time.Second,
	}
}

// Validate reports the first field that is missing or out of range.
func (c Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("miner: config: "+format, args...)
	}
	positive := []struct {
		name string
		d    time.Duration
	}{
		{"QueueTimeout", c.QueueTimeout}, {"RequestTimeout", c.RequestTimeout}, {"ReplayWindow", c.ReplayWindow},
		{"ShutdownTimeout", c.ShutdownTimeout},
	}
	for _, p := range positive {
		if p.d <= 0 {
			return bad("%s %v must be positive", p.name, p.d)
		}
	}
	switch {
	case c.Addr == "":
		return bad("empty Addr")
	case c.Key == nil:
		return bad("nil Key")
	case c.ChainID == 0:
		return bad("zero ChainID")
	case len(c.Subnets) == 0:
		return bad("no Subnets")
	case c.Model == nil:
		return bad("nil Model")
	case c.Permits == nil:
		return bad("nil Permits")
	case c.DataDir == "":
		return bad("empty DataDir")
	case c.Logger == nil:
		return bad("nil Logger")
	case c.Now == nil:
		return bad("nil Now")
	case c.Behaviour < 0 || int(c.Behaviour) >= len(behaviourNames()):
		return bad("unknown Behaviour %d", int(c.Behaviour))
	case c.Behaviour == WrongModel && c.Substitute == nil:
		return bad("Behaviour wrong-model needs a Substitute model")
	case c.Behaviour == Copier && c.CopySource == nil:
		return bad("Behaviour copier needs a CopySource")
	case c.MaxTokens < 1 || c.MaxTokens > maxGenerateLimit:
		return bad("MaxTokens %d out of range [1, %d]", c.MaxTokens, maxGenerateLimit)
	case c.MaxPromptBytes < 1 || c.MaxPromptBytes > maxPromptLimit:
		return bad("MaxPromptBytes %d out of range [1, %d]", c.MaxPromptBytes, maxPromptLimit)
	case c.MaxTopK < 1 || c.MaxTopK > 256:
		return bad("MaxTopK %d out of range [1, 256]", c.MaxTopK)
	case c.MaxInFlight < 1:
		return bad("MaxInFlight %d must be at least 1", c.MaxInFlight)
	case c.MaxQueued < 0:
		return bad("MaxQueued %d must not be negative", c.MaxQueued)
	case (scoring.Challenge{N: c.MaxChallengeN}).Validate() != nil:
		return bad("MaxChallengeN %d is not a power of two in [2, %d]", c.MaxChallengeN, scoring.MaxChallengeN)
	case c.MaxSteps < 1:
		return bad("MaxSteps %d must be at least 1", c.MaxSteps)
	case c.MaxQueuedJobs < 1:
		return bad("MaxQueuedJobs %d must be at least 1", c.MaxQueuedJobs)
	case c.SlowDelay < 0:
		return bad("SlowDelay %v must not be negative", c.SlowDelay)
	}
	if c.Behaviour != FakeGPU && c.Hardware.Class == "" {
		return errors.New("miner: config: Hardware has no Class (use Probe)")
	}
	return nil
}
