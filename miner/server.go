package miner

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"

	"github.com/agora-net/agora/scoring"
)

// HTTP server timeouts of the axon; the write timeout is
// Config.RequestTimeout plus writeSlack.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeSlack        = 10 * time.Second
	idleTimeout       = 60 * time.Second
)

// Limits of the server's internal state.
const (
	// maxNonces bounds the replay guard's memory of recent nonces.
	maxNonces = 1 << 20
	// maxKeptJobs is how many fine-tune jobs are kept for status queries.
	maxKeptJobs = 256
	// keptChallengeWords and challengeTTL bound the solved challenges kept
	// for their openings (each holds an N×N result): two of the largest
	// size (128 MiB), or many small ones.
	keptChallengeWords = 2 * scoring.MaxChallengeN * scoring.MaxChallengeN
	challengeTTL       = time.Minute
)

// Server is a miner's axon: an HTTP server (gin) that answers signed
// requests of permitted validators with inference, fine-tune jobs, weight
// artifacts and compute challenges, and signs every answer. Its lifecycle
// is Listen (optional) then Run, once; a Server cannot be restarted.
type Server struct {
	cfg        Config
	log        *slog.Logger
	hotkey     common.Address
	committed  string    // hash of cfg.Model, reported on every answer
	serving    Generator // the model that answers: cfg.Model, or cfg.Substitute if WrongModel
	hardware   Hardware  // what the miner claims
	handler    http.Handler
	idPrefix   string        // prefix of generated request IDs
	requests   atomic.Uint64 // generated request IDs so far
	limits     *limiter
	replay     *replayGuard
	store      *ArtifactStore
	jobs       *jobs // nil: fine-tuning not offered
	challenges *challenges

	mu      sync.Mutex
	ln      net.Listener  // set by Listen
	ready   chan struct{} // closed by Listen
	started bool          // Run was called
}

// NewServer validates cfg, opens the artifact store under cfg.DataDir and
// builds the axon's routes. It does not listen.
//
// gin keeps its mode in a process-wide variable and prints route tables and
// warnings in its default debug mode; if the mode is still debug,
// NewServer switches it to release mode (an atomic store) so that the
// axon's only output is its slog logger. A program that wants gin's debug
// output sets gin's mode itself after NewServer.
func NewServer(cfg Config) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if gin.Mode() == gin.DebugMode {
		gin.SetMode(gin.ReleaseMode)
	}
	store, err := OpenArtifactStore(filepath.Join(cfg.DataDir, "artifacts"))
	if err != nil {
		return nil, err
	}
	hotkey := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	s := &Server{
		cfg:        cfg,
		log:        cfg.Logger,
		hotkey:     hotkey,
		committed:  cfg.Model.Hash(),
		serving:    cfg.Model,
		hardware:   cfg.Hardware,
		idPrefix:   hex.EncodeToString(hotkey[:4]),
		limits:     newLimiter(cfg.MaxInFlight, cfg.MaxQueued),
		replay:     newReplayGuard(cfg.ReplayWindow, maxNonces),
		store:      store,
		challenges: newChallenges(keptChallengeWords, challengeTTL),
		ready:      make(chan struct{}),
	}
	switch cfg.Behaviour {
	case WrongModel:
		s.serving = cfg.Substitute
	case FakeGPU:
		s.hardware = WithFakeGPU(cfg.Hardware)
	}
	if train := s.trainFunc(); train != nil {
		s.jobs = newJobs(s.log, cfg.Now, train, store, hotkey, cfg.Committer, cfg.MaxQueuedJobs, maxKeptJobs)
	}
	s.handler = s.routes()
	return s, nil
}

// trainFunc returns what a fine-tune job runs: the Trainer, or for a Copier
// the copy of another miner's upload; nil when the miner does not
// fine-tune.
func (s *Server) trainFunc() func(context.Context, FineTuneRequest, func(Progress)) ([]byte, error) {
	if s.cfg.Behaviour == Copier {
		return func(ctx context.Context, req FineTuneRequest, progress func(Progress)) ([]byte, error) {
			w, err := s.cfg.CopySource.Latest(ctx)
			if err != nil {
				return nil, fmt.Errorf("miner: copy an upload: %w", err)
			}
			progress(Progress{Step: req.Steps, Steps: req.Steps})
			return w, nil
		}
	}
	if s.cfg.Trainer == nil {
		return nil
	}
	return s.cfg.Trainer.FineTune
}

// Handler returns the axon's HTTP handler, for tests and for embedding in
// another server.
func (s *Server) Handler() http.Handler { return s.handler }

// ModelHash returns the hash of the committed model, which the axon
// reports (even when Behaviour is WrongModel).
func (s *Server) ModelHash() string { return s.committed }

// Hotkey returns the miner's address.
func (s *Server) Hotkey() common.Address { return s.hotkey }

// Hardware returns the hardware the miner claims.
func (s *Server) Hardware() Hardware { return s.hardware }

// Listen binds the configured address, after which Addr reports it and
// Ready is closed. Calling it is optional, Run listens if needed; it lets
// a caller learn the address before Run. A second call before Run does
// nothing; a call once Run has started is an error. A Server that has
// listened must be Run (Run with an ended ctx just closes the listener).
func (s *Server) Listen(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return errors.New("miner: Listen after Run")
	}
	if s.ln != nil {
		return nil
	}
	return s.listenLocked(ctx)
}

// listenLocked binds the listener; the caller holds s.mu and s.ln is nil.
func (s *Server) listenLocked(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("miner: listen: %w", err)
	}
	s.ln = ln
	close(s.ready)
	return nil
}

// Ready returns a channel closed once the server listens. If listening
// fails, it is never closed and Run returns the error.
func (s *Server) Ready() <-chan struct{} { return s.ready }

// Addr returns the host:port the server listens on, "" before it listens.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Run listens (unless Listen did) and serves until ctx ends, then shuts
// down gracefully: it stops accepting, lets requests in flight finish for
// up to Config.ShutdownTimeout and then closes the remaining connections.
// It returns nil after a shutdown caused by ctx, or the error that stopped
// the server. Run may be called once.
func (s *Server) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("miner: server already running")
	}
	s.started = true
	if s.ln == nil {
		if err := s.listenLocked(ctx); err != nil {
			s.mu.Unlock()
			return err
		}
	}
	ln := s.ln
	s.mu.Unlock()

	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      s.cfg.RequestTimeout + s.cfg.QueueTimeout + writeSlack,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("miner: axon listening", "addr", ln.Addr().String(), "model_hash", s.committed,
		"hotkey", s.hotkey.Hex(), "behaviour", s.cfg.Behaviour.String(), "class", s.hardware.Class,
		"subnets", s.cfg.Subnets, "fine_tune", s.jobs != nil)

	jobsCtx, stopJobs := context.WithCancel(ctx)
	jobsDone := make(chan struct{})
	go func() {
		defer close(jobsDone)
		if s.jobs != nil {
			s.jobs.run(jobsCtx)
		}
	}()
	defer func() {
		stopJobs()
		<-jobsDone
	}()

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		// Serve returns only on a listener failure here.
		return fmt.Errorf("miner: serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if err != nil {
		s.log.Warn("miner: graceful shutdown incomplete, closing connections", "err", err)
		srv.Close()
	}
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("miner: serve: %w", serr)
	}
	s.log.Info("miner: axon stopped", "addr", ln.Addr().String())
	return nil
}
