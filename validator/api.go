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
	"slices"
	"strconv"
	"strings"
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
	// Value is the command's result, when it has one (ledger.Result.Value:
	// a RegisterResult, an AddComparisonsResult, …).
	Value json.RawMessage `json:"value,omitempty"`
}

// apiError is the one error shape of the API.
type apiError struct {
	Error string `json:"error"`
}

// forwardedHeader marks a request one node relays to the leader; a node
// that gets one while not leading answers 503 rather than relaying it on.
const forwardedHeader = "X-Agora-Forwarded"

// Handler returns the node's HTTP API.
//
//	POST /v1/commands             a signed ledger.Envelope; forwarded to the leader
//	POST /v1/cluster/join         a signed ClusterRequest; forwarded to the leader
//	POST /v1/cluster/leave        a signed ClusterRequest; see handleLeave
//	POST /v1/cluster/remove       a signed ClusterRequest naming a member to drop; see handleRemove
//	GET  /v1/cluster              leader, members, applied index
//	GET  /v1/genesis              the ledger's genesis
//	GET  /v1/state/hash           hash of the replicated state at its applied index
//	GET  /v1/accounts/:addr/nonce the last nonce the ledger accepted from addr
//	GET  /v1/subnets[/:id[/epochs]]
//	GET  /v1/claims/:addr          addr's claim on the emission contract, with its proof
//	GET  /v1/subnets/:id/assignments a labeler's items of the current round; a signed LabelRequest
//	GET  /v1/evidence[/:hash]      the wrong answers this node caught and reported (this node's own)
//
// Labels are submit_preferences commands on POST /v1/commands; before one
// enters the log, the leader checks that every item was assigned to its
// signer and not answered before (checkPreferences).
//
// Every GET is served from this node's replica, which may lag the leader.
// With ?consistent=true it is linearizable: the leader confirms its
// leadership with a quorum and waits until it applied everything committed
// before answering; a follower relays the request to the leader.
func (n *Node) Handler() http.Handler {
	r := gin.New()
	r.Use(gin.Recovery())
	v1 := r.Group("/v1")
	v1.POST("/commands", n.handleSubmit)
	v1.POST("/cluster/join", n.handleJoin)
	v1.POST("/cluster/leave", n.handleLeave)
	v1.POST("/cluster/remove", n.handleRemove)
	reads := v1.Group("", n.consistentReads)
	reads.GET("/cluster", n.handleCluster)
	reads.GET("/genesis", func(c *gin.Context) { c.JSON(http.StatusOK, n.fsm.Genesis()) })
	reads.GET("/state/hash", n.handleStateHash)
	reads.GET("/accounts/:addr/nonce", n.handleNonce)
	reads.GET("/subnets", func(c *gin.Context) { c.JSON(http.StatusOK, n.fsm.Subnets()) })
	reads.GET("/subnets/:id", n.handleSubnet)
	reads.GET("/subnets/:id/epochs", n.handleEpochs)
	reads.GET("/claims/:addr", n.handleClaim)
	v1.GET("/subnets/:id/assignments", n.handleAssignments)
	v1.GET("/evidence", func(c *gin.Context) { c.JSON(http.StatusOK, n.Evidences()) })
	v1.GET("/evidence/:hash", n.handleEvidence)
	r.NoRoute(func(c *gin.Context) { c.JSON(http.StatusNotFound, apiError{"no such endpoint"}) })
	return r
}

// consistentReads serves a GET with ?consistent=true linearizably: on the
// leader after linearize, on a follower by relaying it to the leader.
func (n *Node) consistentReads(c *gin.Context) {
	v := c.Query("consistent")
	if v == "" {
		return
	}
	consistent, err := strconv.ParseBool(v)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, apiError{fmt.Sprintf("consistent=%q: want true or false", v)})
		return
	}
	if !consistent {
		return
	}
	err = n.linearize()
	if err == nil {
		return // serve from this, the leader's, replica
	}
	if !errors.Is(err, ErrNotLeader) {
		c.AbortWithStatusJSON(http.StatusServiceUnavailable, apiError{err.Error()})
		return
	}
	n.relayToLeader(c, nil)
}

// relayToLeader sends the request (with body, for a POST) to the leader and
// copies its answer, or answers 503 when there is no leader to ask or the
// request was already relayed once.
func (n *Node) relayToLeader(c *gin.Context, body []byte) {
	leader, ok := n.leaderHTTP()
	if !ok || c.GetHeader(forwardedHeader) != "" {
		c.AbortWithStatusJSON(http.StatusServiceUnavailable, apiError{ErrNoLeader.Error()})
		return
	}
	status, data, err := n.relay(c.Request.Context(), c.Request.Method, leader, c.Request.URL.RequestURI(), body)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadGateway, apiError{err.Error()})
		return
	}
	c.Data(status, "application/json; charset=utf-8", data)
	c.Abort()
}

// relay sends one request to the node at host:port addr, marked as
// forwarded, and returns its status and body.
func (n *Node) relay(ctx context.Context, method, addr, uri string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://"+addr+uri, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set(forwardedHeader, n.cfg.ID)
	resp, err := n.httpc.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("relay to leader %s: %w", addr, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return 0, nil, fmt.Errorf("relay to leader %s: %w", addr, err)
	}
	return resp.StatusCode, data, nil
}

// readClusterRequest reads and verifies a cluster request for action, or
// answers the error itself and returns nil.
func (n *Node) readClusterRequest(c *gin.Context, action string) (*ClusterRequest, []byte) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxClusterRequestBytes))
	if err != nil {
		c.JSON(http.StatusRequestEntityTooLarge, apiError{fmt.Sprintf("cluster request over %d bytes", maxClusterRequestBytes)})
		return nil, nil
	}
	req, err := DecodeClusterRequest(body)
	if err == nil {
		err = req.Verify(n.chainID, time.Now())
	}
	if err == nil && req.Action != action {
		err = fmt.Errorf("%w: action %q sent to the %s endpoint", ErrInvalidRequest, req.Action, action)
	}
	if err != nil {
		writeError(c, err)
		return nil, nil
	}
	return req, body
}

// handleJoin adds the signer's node to the cluster (on the leader; other
// nodes relay the request there).
func (n *Node) handleJoin(c *gin.Context) {
	req, body := n.readClusterRequest(c, ActionJoin)
	if req == nil {
		return
	}
	n.onLeader(c, body, func() (any, error) { return n.addMember(req) })
}

// handleLeave removes the signer's node from the cluster. Sent to the
// leaving node itself (the signer is this node's key), the node hands
// leadership over if it leads, has the leader remove it, answers, and then
// closes Left so that its owner stops it. Sent to any other member, the
// leader removes the signer's node (which then no longer hears from the
// cluster, but keeps running until stopped).
func (n *Node) handleLeave(c *gin.Context) {
	req, body := n.readClusterRequest(c, ActionLeave)
	if req == nil {
		return
	}
	if req.Signer == n.addr {
		if c.GetHeader(forwardedHeader) != "" {
			// Our own request came back: leadership returned to us.
			c.JSON(http.StatusServiceUnavailable, apiError{ErrNotLeader.Error()})
			return
		}
		if err := n.leave(c.Request.Context(), body); err != nil {
			writeError(c, err)
			return
		}
		c.JSON(http.StatusOK, gin.H{"left": n.cfg.ID})
		return
	}
	n.onLeader(c, body, func() (any, error) {
		return gin.H{"removed": req.Signer.Hex()}, n.removeMember(req)
	})
}

// writeError answers with err: an *APIError (the leader's answer, relayed)
// with its own status and message, anything else with the status
// httpStatus maps it to.
func writeError(c *gin.Context, err error) {
	var ae *APIError
	if errors.As(err, &ae) {
		c.JSON(ae.Status, apiError{ae.Message})
		return
	}
	c.JSON(httpStatus(err), apiError{err.Error()})
}

// onLeader answers a cluster request with op's result on the leader, and
// relays the request (body) to the leader from any other node, or when op
// finds this node no longer leads.
func (n *Node) onLeader(c *gin.Context, body []byte, op func() (any, error)) {
	if !n.IsLeader() {
		n.relayToLeader(c, body)
		return
	}
	out, err := op()
	if errors.Is(err, ErrNotLeader) {
		n.relayToLeader(c, body)
		return
	}
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}

// handleRemove drops the member a genesis validator's signed remove request
// names (on the leader; other nodes relay the request there), typically a
// node that died for good: raft forgets it and the membership table loses
// its entry.
func (n *Node) handleRemove(c *gin.Context) {
	req, body := n.readClusterRequest(c, ActionRemove)
	if req == nil {
		return
	}
	n.onLeader(c, body, func() (any, error) { return gin.H{"removed": req.ID}, n.evictMember(req) })
}

func (n *Node) handleSubmit(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxCommandBytes))
	if err != nil {
		c.JSON(http.StatusRequestEntityTooLarge, apiError{fmt.Sprintf("command body over %d bytes", maxCommandBytes)})
		return
	}
	resp, err := n.submitEncoded(c.Request.Context(), body, c.GetHeader(forwardedHeader) != "")
	if err != nil {
		writeError(c, err)
		return
	}
	status := http.StatusOK
	if resp.Error != "" {
		status = http.StatusUnprocessableEntity
	}
	c.JSON(status, resp)
}

// Submit applies an encoded, signed ledger.Envelope the way POST
// /v1/commands does. A follower that knows the leader checks only that the
// body decodes and forwards it; the leader (or a node that knows no
// leader) verifies the signature, refuses a nonce its replica shows as
// used, and applies the command through raft, attested with the signer it
// recovered (ledger.Attest). So the signature is recovered once, where the
// command enters the cluster; every replica's ledger checks the rest of
// the envelope and the command when it applies the entry. The response carries the
// raft index and, when the ledger rejected the command, the reason
// (SubmitResponse.Error; err is nil then).
//
// Errors: ErrMalformedCommand, ErrCommandSignature and ErrNonceUsed (the
// command was not logged); ErrNoLeader (retry after an election);
// ErrLeaderUnreachable, an *APIError the leader answered with, or a raft
// failure, after which the command may or may not have been applied:
// submitting the same envelope again is safe, since its nonce lets it be
// applied at most once.
func (n *Node) Submit(ctx context.Context, body []byte) (*SubmitResponse, error) {
	return n.submitEncoded(ctx, body, false)
}

// submitEncoded is Submit; forwarded marks a request another node relayed
// here, which is not relayed again.
func (n *Node) submitEncoded(ctx context.Context, body []byte, forwarded bool) (*SubmitResponse, error) {
	if !forwarded && !n.IsLeader() {
		if leader, ok := n.leaderHTTP(); ok {
			if _, err := ledger.DecodeEnvelope(body); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrMalformedCommand, err)
			}
			return n.forward(ctx, leader, body)
		}
	}
	env, decodeErr, verifyErr := ledger.DecodeAndVerify(body, n.chainID)
	if decodeErr != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedCommand, decodeErr)
	}
	if verifyErr != nil {
		return nil, fmt.Errorf("%w: %w", ErrCommandSignature, verifyErr)
	}
	// A nonce the ledger already used is a replay: refuse it here, before it
	// costs a log entry. (A nonce too far ahead is left to the ledger, since
	// this replica may lag the leader.)
	if last := n.fsm.Nonce(env.Signer); env.Nonce <= last {
		return nil, fmt.Errorf("%w: nonce %d by %s (last %d)", ErrNonceUsed, env.Nonce, env.Signer.Hex(), last)
	}
	if env.Type == ledger.TypeSubmitPreferences && (forwarded || n.IsLeader()) {
		if err := n.checkPreferences(env); err != nil {
			return nil, err
		}
	}
	return n.submit(ctx, env, body, forwarded)
}

// submit applies a verified envelope on the leader, forwarding it there from
// a follower (unless another node already forwarded it here).
func (n *Node) submit(ctx context.Context, env *ledger.Envelope, body []byte, forwarded bool) (*SubmitResponse, error) {
	res, err := n.applyLocal(env, body)
	if errors.Is(err, ErrNotLeader) {
		if forwarded {
			return nil, ErrNoLeader
		}
		leader, ok := n.awaitLeaderHTTP(ctx)
		if !ok {
			return nil, ErrNoLeader
		}
		if leader == n.cfg.HTTPAddr || n.IsLeader() {
			// This node won the election meanwhile: check the command as
			// the leader does (the labels' assignment), without a second
			// wait.
			return n.submitEncoded(ctx, body, true)
		}
		return n.forward(ctx, leader, body)
	}
	if err != nil {
		return nil, err
	}
	out := &SubmitResponse{Index: res.Index, Error: res.Err}
	if res.Value != nil {
		out.Value, _ = json.Marshal(res.Value) // results are plain structs of numbers and strings
	}
	return out, nil
}

// forward posts a command to the leader's API and relays its answer: a
// *SubmitResponse for 200 and 422, an *APIError for any other status.
func (n *Node) forward(ctx context.Context, leaderHTTP string, body []byte) (*SubmitResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+leaderHTTP+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(forwardedHeader, n.cfg.ID)
	resp, err := n.httpc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrLeaderUnreachable, leaderHTTP, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrLeaderUnreachable, leaderHTTP, err)
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		ae := apiErrorFrom(resp.StatusCode, data)
		ae.Message = fmt.Sprintf("leader %s: %s", leaderHTTP, ae.Message)
		return nil, ae
	}
	var out SubmitResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("%w: %s: bad answer: %w", ErrLeaderUnreachable, leaderHTTP, err)
	}
	return &out, nil
}

// ClusterView is the body of GET /v1/cluster.
type ClusterView struct {
	// Leader is the leader's raft address ("" while there is none) and
	// LeaderID its server ID.
	Leader   string `json:"leader"`
	LeaderID string `json:"leader_id"`
	// Members are the servers of the latest raft configuration, by ID.
	Members []Member `json:"members"`
	// AppliedIndex is the index of the last log entry this node applied to
	// its state machine (ledger commands and membership entries).
	AppliedIndex uint64 `json:"applied_index"`
	// ChainID is the ledger's chain id (the EIP-712 domain of every
	// signature the cluster checks).
	ChainID uint64 `json:"chain_id"`
}

// Member is one raft server.
type Member struct {
	ID      string `json:"id"`
	Address string `json:"address"`
	Voter   bool   `json:"voter"`
	// HTTPAddress and Key come from the membership table ("" and omitted
	// when the table has no entry for the server yet).
	HTTPAddress string `json:"http_address,omitempty"`
	Key         string `json:"key,omitempty"`
}

// Cluster describes the cluster as this node sees it.
func (n *Node) Cluster() ClusterView {
	leader, leaderID := n.raft.LeaderWithID()
	view := ClusterView{Leader: string(leader), LeaderID: string(leaderID), Members: []Member{},
		AppliedIndex: n.cluster.appliedIndex(), ChainID: n.chainID}
	if f := n.raft.GetConfiguration(); f.Error() == nil {
		for _, s := range f.Configuration().Servers {
			m := Member{ID: string(s.ID), Address: string(s.Address), Voter: s.Suffrage == raft.Voter}
			if p, ok := n.cluster.member(m.ID); ok {
				m.HTTPAddress = p.HTTPAddr
				if p.Key != (common.Address{}) {
					m.Key = p.Key.Hex()
				}
			}
			view.Members = append(view.Members, m)
		}
	}
	slices.SortFunc(view.Members, func(a, b Member) int { return strings.Compare(a.ID, b.ID) })
	return view
}

func (n *Node) handleCluster(c *gin.Context) {
	c.JSON(http.StatusOK, n.Cluster())
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

// handleClaim serves an account's claim proof against the last Merkle
// settlement: 404 when there is none, or nothing for the account; 503
// while this replica's tree does not hash to the recorded root.
func (n *Node) handleClaim(c *gin.Context) {
	a := c.Param("addr")
	if !common.IsHexAddress(a) {
		c.JSON(http.StatusBadRequest, apiError{"not an address: " + a})
		return
	}
	p, err := n.ClaimProof(common.HexToAddress(a))
	switch {
	case errors.Is(err, ErrNoClaimTree), errors.Is(err, ErrNotInClaimTree):
		c.JSON(http.StatusNotFound, apiError{err.Error()})
	case err != nil:
		c.JSON(http.StatusServiceUnavailable, apiError{err.Error()})
	default:
		c.JSON(http.StatusOK, p)
	}
}

// handleEvidence serves a wrong answer this node kept, by its evidence
// hash: 400 for a malformed hash, 404 when this node does not hold it.
func (n *Node) handleEvidence(c *gin.Context) {
	h := c.Param("hash")
	if len(h) != 66 || h[:2] != "0x" || !isHexDigits(h[2:]) {
		c.JSON(http.StatusBadRequest, apiError{"not a 0x-prefixed 32-byte hash: " + h})
		return
	}
	w, ok := n.Evidence(common.HexToHash(h))
	if !ok {
		c.JSON(http.StatusNotFound, apiError{"this node holds no evidence " + h})
		return
	}
	c.JSON(http.StatusOK, w)
}

func isHexDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
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

// Serve runs the HTTP API on the configured address until ctx ends, and
// meanwhile keeps this node's entry of the membership table current (see
// membership.go): a node that does not Serve cannot be forwarded to.
func (n *Node) Serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", n.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("validator: http listen: %w", err)
	}
	srv := &http.Server{Handler: n.Handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	mctx, stopMaintain := context.WithCancel(ctx)
	maintained := make(chan struct{})
	go func() {
		defer close(maintained)
		n.maintainMembership(mctx)
	}()
	defer func() {
		stopMaintain()
		<-maintained
	}()
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
		resp, err := n.submit(ctx, env, body, false)
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
