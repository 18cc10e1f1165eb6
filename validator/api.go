package validator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/validator/ledger"
)

// maxCommandBytes bounds a submitted envelope: the ledger's own limit.
const maxCommandBytes = ledger.MaxEnvelopeSize

// SubmitResponse is the body of POST /v1/commands: the raft index at which
// the command was applied and, when the ledger rejected it, why.
type SubmitResponse struct {
	Index uint64 `json:"index"`
	Error string `json:"error,omitempty"`
}

// apiError is the one error shape of the API.
type apiError struct {
	Error string `json:"error"`
}

// Handler returns the node's HTTP API.
//
//	POST /v1/commands             a signed ledger.Envelope; forwarded to the leader
//	GET  /v1/cluster              leader, members, applied index
//	GET  /v1/state/hash           hash of the replicated state at its applied index
//	GET  /v1/accounts/:addr/nonce the last nonce the ledger accepted from addr
//	GET  /v1/subnets[/:id[/epochs]]
func (n *Node) Handler() http.Handler {
	r := gin.New()
	r.Use(gin.Recovery())
	v1 := r.Group("/v1")
	v1.POST("/commands", n.handleSubmit)
	v1.GET("/cluster", n.handleCluster)
	v1.GET("/state/hash", n.handleStateHash)
	v1.GET("/accounts/:addr/nonce", n.handleNonce)
	v1.GET("/subnets", func(c *gin.Context) { c.JSON(http.StatusOK, n.fsm.Subnets()) })
	v1.GET("/subnets/:id", n.handleSubnet)
	v1.GET("/subnets/:id/epochs", n.handleEpochs)
	r.NoRoute(func(c *gin.Context) { c.JSON(http.StatusNotFound, apiError{"no such endpoint"}) })
	return r
}

func (n *Node) handleSubmit(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxCommandBytes))
	if err != nil {
		c.JSON(http.StatusRequestEntityTooLarge, apiError{fmt.Sprintf("command body over %d bytes", maxCommandBytes)})
		return
	}
	env, err := ledger.DecodeEnvelope(body)
	if err != nil {
		c.JSON(http.StatusBadRequest, apiError{err.Error()})
		return
	}
	if err := env.Verify(n.chainID); err != nil {
		c.JSON(http.StatusUnauthorized, apiError{err.Error()})
		return
	}
	// A nonce the ledger already used is a replay: refuse it here, before it
	// costs a log entry. (A nonce too far ahead is left to the ledger, since
	// this replica may lag the leader.)
	if last := n.fsm.Nonce(env.Signer); env.Nonce <= last {
		c.JSON(http.StatusConflict, apiError{fmt.Sprintf("nonce %d already used by %s (last %d)", env.Nonce, env.Signer.Hex(), last)})
		return
	}
	resp, status, err := n.submit(c.Request.Context(), env, body)
	if err != nil {
		c.JSON(status, apiError{err.Error()})
		return
	}
	c.JSON(status, resp)
}

// submit applies a verified envelope on the leader, forwarding it there from
// a follower, and maps the outcome to an HTTP status.
func (n *Node) submit(ctx context.Context, env *ledger.Envelope, body []byte) (*SubmitResponse, int, error) {
	res, err := n.applyLocal(env, body)
	if errors.Is(err, ErrNotLeader) {
		leader, ok := n.leaderHTTP()
		if !ok {
			return nil, http.StatusServiceUnavailable, errors.New("no leader elected yet; retry")
		}
		return n.forward(ctx, leader, body)
	}
	if err != nil {
		return nil, http.StatusServiceUnavailable, err
	}
	if res.Err != "" {
		return &SubmitResponse{Index: res.Index, Error: res.Err}, http.StatusUnprocessableEntity, nil
	}
	return &SubmitResponse{Index: res.Index}, http.StatusOK, nil
}

// forward posts a command to the leader's API and relays its answer.
func (n *Node) forward(ctx context.Context, leaderHTTP string, body []byte) (*SubmitResponse, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+leaderHTTP+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.httpc.Do(req)
	if err != nil {
		return nil, http.StatusBadGateway, fmt.Errorf("forward to leader %s: %w", leaderHTTP, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, http.StatusBadGateway, fmt.Errorf("forward to leader %s: %w", leaderHTTP, err)
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		var e apiError
		_ = json.Unmarshal(data, &e)
		return nil, resp.StatusCode, fmt.Errorf("leader %s: %s", leaderHTTP, e.Error)
	}
	var out SubmitResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, http.StatusBadGateway, fmt.Errorf("leader %s: bad answer: %w", leaderHTTP, err)
	}
	return &out, resp.StatusCode, nil
}

// ClusterView is the body of GET /v1/cluster.
type ClusterView struct {
	Leader       string   `json:"leader"`
	Members      []Member `json:"members"`
	AppliedIndex uint64   `json:"applied_index"`
}

// Member is one raft server.
type Member struct {
	ID      string `json:"id"`
	Address string `json:"address"`
	Voter   bool   `json:"voter"`
}

func (n *Node) handleCluster(c *gin.Context) {
	leader, _ := n.raft.LeaderWithID()
	view := ClusterView{Leader: string(leader), AppliedIndex: n.fsm.AppliedIndex()}
	if f := n.raft.GetConfiguration(); f.Error() == nil {
		for _, s := range f.Configuration().Servers {
			view.Members = append(view.Members, Member{ID: string(s.ID), Address: string(s.Address), Voter: s.Suffrage == raft.Voter})
		}
	}
	c.JSON(http.StatusOK, view)
}

// StateHashView is the body of GET /v1/state/hash.
type StateHashView struct {
	Index uint64 `json:"index"`
	Hash  string `json:"hash"`
}

func (n *Node) handleStateHash(c *gin.Context) {
	idx, h := n.fsm.StateHash()
	c.JSON(http.StatusOK, StateHashView{Index: idx, Hash: h.Hex()})
}

func (n *Node) handleNonce(c *gin.Context) {
	a := c.Param("addr")
	if !common.IsHexAddress(a) {
		c.JSON(http.StatusBadRequest, apiError{"not an address: " + a})
		return
	}
	c.JSON(http.StatusOK, gin.H{"nonce": n.fsm.Nonce(common.HexToAddress(a))})
}

func subnetParam(c *gin.Context) (uint16, bool) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 16)
	if err != nil {
		c.JSON(http.StatusBadRequest, apiError{"subnet id must be an integer in [0, 65535]"})
		return 0, false
	}
	return uint16(id), true
}

func (n *Node) handleSubnet(c *gin.Context) {
	id, ok := subnetParam(c)
	if !ok {
		return
	}
	s, found := n.fsm.Subnet(id)
	if !found {
		c.JSON(http.StatusNotFound, apiError{fmt.Sprintf("no subnet %d", id)})
		return
	}
	c.JSON(http.StatusOK, s)
}

func (n *Node) handleEpochs(c *gin.Context) {
	id, ok := subnetParam(c)
	if !ok {
		return
	}
	if _, found := n.fsm.Subnet(id); !found {
		c.JSON(http.StatusNotFound, apiError{fmt.Sprintf("no subnet %d", id)})
		return
	}
	c.JSON(http.StatusOK, n.fsm.Epochs(id))
}

// Serve runs the HTTP API on the configured address until ctx ends.
func (n *Node) Serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", n.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("validator: http listen: %w", err)
	}
	srv := &http.Server{Handler: n.Handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		// Finish requests in flight for a moment, then cut the rest.
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			n.log.Warn("http shutdown: closing connections still open", "err", err)
			return srv.Close()
		}
		return nil
	case err := <-errc:
		return err
	}
}

// SubmitOwn signs a command of this node's key with its next nonce and
// submits it, through the leader. Submissions are serialized so that nonces
// stay in order; a nonce the ledger refuses is resynchronized once.
func (n *Node) SubmitOwn(ctx context.Context, typ string, payload any) (*SubmitResponse, error) {
	n.signMu.Lock()
	defer n.signMu.Unlock()
	for attempt := 0; ; attempt++ {
		nonce := max(n.nextNonce, n.fsm.Nonce(n.addr)+1)
		env, err := ledger.NewEnvelope(typ, payload, nonce)
		if err != nil {
			return nil, err
		}
		if err := env.Sign(n.cfg.Key, n.chainID); err != nil {
			return nil, err
		}
		body, err := json.Marshal(env)
		if err != nil {
			return nil, err
		}
		resp, _, err := n.submit(ctx, env, body)
		if err != nil {
			return nil, err
		}
		if resp.Error != "" && ledger.IsNonceError(resp.Error) && attempt == 0 {
			n.nextNonce = 0
			if err := n.raft.Barrier(n.cfg.ApplyTimeout).Error(); err != nil && !errors.Is(err, raft.ErrNotLeader) {
				return nil, err
			}
			time.Sleep(50 * time.Millisecond)
			continue
		}
		n.nextNonce = nonce + 1
		return resp, nil
	}
}
