package miner

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/agora-net/agora/model"
)

// HTTP server timeouts of the axon.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 60 * time.Second
)

// Server is a miner's axon: an HTTP server (gin) answering validators'
// inference queries with the miner's model. Its lifecycle is Listen
// (optional) then Run, once; a Server cannot be restarted.
type Server struct {
	cfg       Config
	log       *slog.Logger
	committed string    // hash of cfg.Model, reported on every answer
	serving   *model.LM // the model that answers: cfg.Model, or a substitute if Faulty
	handler   http.Handler
	idPrefix  string        // prefix of generated request IDs
	requests  atomic.Uint64 // generated request IDs so far

	mu      sync.Mutex
	ln      net.Listener  // set by Listen
	ready   chan struct{} // closed by Listen
	started bool          // Run was called
}

// NewServer validates cfg and builds the axon's routes. It does not listen.
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
	s := &Server{
		cfg:       cfg,
		log:       cfg.Logger,
		committed: cfg.Model.Hash(),
		serving:   cfg.Model,
		idPrefix:  hex.EncodeToString(cfg.Hotkey[:4]),
		ready:     make(chan struct{}),
	}
	if cfg.Behavior == Faulty {
		sub, err := substitute(cfg.Model)
		if err != nil {
			return nil, err
		}
		s.serving = sub
	}
	s.handler = s.routes()
	return s, nil
}

// Handler returns the axon's HTTP handler, for tests and for embedding in
// another server.
func (s *Server) Handler() http.Handler { return s.handler }

// ModelHash returns the hash of the committed model, which the axon
// reports (even when Behavior is Faulty).
func (s *Server) ModelHash() string { return s.committed }

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
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("miner: axon listening", "addr", ln.Addr().String(), "model_hash", s.committed,
		"hotkey", s.cfg.Hotkey.Hex(), "behavior", s.cfg.Behavior.String())

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
