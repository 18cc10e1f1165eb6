package miner

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/model"
)

// MaxBodyBytes is the largest request body the axon reads; a larger body is
// rejected with 400 before the model runs.
const MaxBodyBytes = 64 << 10

// maxPromptLimit is the largest Config.MaxPromptBytes: a prompt must fit in
// a request body together with its JSON framing.
const maxPromptLimit = 60 << 10

// Behavior is how a miner answers inference requests.
type Behavior int

const (
	// Honest serves the committed model.
	Honest Behavior = iota
	// Faulty claims the committed model (its hash is what the axon reports)
	// but answers with a different deterministic model of the same shape,
	// seeded from the committed model's hash. It stands for a miner that
	// serves a cheaper model than the one it committed to, so that a devnet
	// can show validators scoring it down.
	Faulty
)

// String returns "honest" or "faulty".
func (b Behavior) String() string {
	switch b {
	case Honest:
		return "honest"
	case Faulty:
		return "faulty"
	}
	return fmt.Sprintf("Behavior(%d)", int(b))
}

// ParseBehavior parses "honest" or "faulty".
func ParseBehavior(s string) (Behavior, error) {
	switch s {
	case "honest":
		return Honest, nil
	case "faulty":
		return Faulty, nil
	}
	return 0, fmt.Errorf("miner: unknown behavior %q (want honest or faulty)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (b Behavior) MarshalText() ([]byte, error) {
	if b != Honest && b != Faulty {
		return nil, fmt.Errorf("miner: unknown behavior %d", int(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseBehavior.
func (b *Behavior) UnmarshalText(text []byte) error {
	v, err := ParseBehavior(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Config configures a miner's axon server.
type Config struct {
	// Addr is the TCP address to listen on; port 0 picks a free port
	// (Server.Addr reports it). Default "127.0.0.1:0".
	Addr string
	// Model is the committed model whose hash the axon reports and, unless
	// Behavior is Faulty, serves. Required.
	Model *model.LM
	// Logger receives request and lifecycle logs. Default: discard.
	Logger *slog.Logger
	// MaxTokens is the largest max_tokens a request may ask for,
	// 1..model.MaxGenerate. Default 256.
	MaxTokens int
	// MaxPromptBytes is the largest prompt, in bytes of UTF-8, 1..61440.
	// Default 4096.
	MaxPromptBytes int
	// Hotkey is the miner's registered hotkey, reported by /v1/health.
	// Required (non-zero).
	Hotkey common.Address
	// Behavior selects honest or faulty answers. Default Honest.
	Behavior Behavior
	// ShutdownTimeout bounds the graceful shutdown when Run's context ends;
	// connections still open then are closed. Default 5s.
	ShutdownTimeout time.Duration
}

// DefaultConfig returns a complete configuration except for the required
// Model and Hotkey.
func DefaultConfig() Config {
	return Config{
		Addr:            "127.0.0.1:0",
		Logger:          slog.New(slog.DiscardHandler),
		MaxTokens:       256,
		MaxPromptBytes:  4096,
		Behavior:        Honest,
		ShutdownTimeout: 5 * time.Second,
	}
}

// Validate reports the first field that is missing or out of range.
func (c Config) Validate() error {
	switch {
	case c.Addr == "":
		return errors.New("miner: config: empty Addr")
	case c.Model == nil:
		return errors.New("miner: config: nil Model")
	case c.Logger == nil:
		return errors.New("miner: config: nil Logger")
	case c.MaxTokens < 1 || c.MaxTokens > model.MaxGenerate:
		return fmt.Errorf("miner: config: MaxTokens %d out of range [1, %d]", c.MaxTokens, model.MaxGenerate)
	case c.MaxPromptBytes < 1 || c.MaxPromptBytes > maxPromptLimit:
		return fmt.Errorf("miner: config: MaxPromptBytes %d out of range [1, %d]", c.MaxPromptBytes, maxPromptLimit)
	case c.Hotkey == (common.Address{}):
		return errors.New("miner: config: zero Hotkey")
	case c.Behavior != Honest && c.Behavior != Faulty:
		return fmt.Errorf("miner: config: unknown Behavior %d", int(c.Behavior))
	case c.ShutdownTimeout <= 0:
		return fmt.Errorf("miner: config: ShutdownTimeout %v must be positive", c.ShutdownTimeout)
	}
	return nil
}
