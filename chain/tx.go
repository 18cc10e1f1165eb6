package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Receipt polling: the first poll comes after minReceiptPoll and the delay
// doubles up to maxReceiptPoll, so a fast dev chain answers within a block
// and a real chain is not flooded.
const (
	minReceiptPoll = 20 * time.Millisecond
	maxReceiptPoll = time.Second
)

// gasHeadroomPercent is added to the estimated gas limit of a transaction.
// The estimate is exact for the state it ran on; the headroom covers small
// state changes between estimation and inclusion. Unused gas is not paid.
const gasHeadroomPercent = 20

// Backend is what the contract clients need from a chain connection: calls,
// transactions, log filters, receipts and the chain ID. *ethclient.Client (a
// JSON-RPC node, ethclient.Dial) and (*Sim).Client() implement it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

var _ Backend = (*ethclient.Client)(nil)

// sender signs, sends and awaits the transactions of the clients that share
// it. It is safe for concurrent use. Transactions it sends from the same key
// get consecutive nonces even when sent from several goroutines: the nonce
// is the account's pending nonce, or the one after the last transaction this
// sender sent while the node has not counted that one yet. A key must
// therefore not send through another sender or process at the same time;
// clients built together (NewContracts, DeployContracts) share one.
type sender struct {
	backend       Backend
	errs          *abi.ABI // every Agora contract's errors, for decoding reverts
	confirmations uint64   // blocks a receipt must be buried under; 0 and 1: its own block

	mu      sync.Mutex                   // held from choosing a nonce to handing its transaction to the node
	chainID *big.Int                     // cached on first use; guarded by mu
	sent    map[common.Address]sentNonce // last transaction sent per account; guarded by mu
}

// sentNonce remembers the last transaction a sender sent from an account.
type sentNonce struct {
	next uint64      // its nonce + 1
	tx   common.Hash // its hash
}

func newSender(backend Backend, opts ...Option) (*sender, error) {
	errs, err := errorsABI()
	if err != nil {
		return nil, err
	}
	s := &sender{backend: backend, errs: errs, sent: make(map[common.Address]sentNonce)}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Option tunes a client (NewContracts, NewToken, NewEmission, ...).
type Option func(*sender)

// WithConfirmations makes a client wait, after a transaction is mined,
// until its block is n deep (the block itself counts as one) and the
// receipt is still on the canonical chain, so that a reorganisation of up
// to n-1 blocks cannot undo what the client reported done. The default, 1,
// returns as soon as the transaction is in a block; the simulated chain
// never reorganises.
func WithConfirmations(n uint64) Option {
	return func(s *sender) { s.confirmations = n }
}

// transact sends a call of the contract at `to` with data, signed by key,
// waits for it to be mined and checks its status. The call is simulated
// first (gas estimation), so one that would revert is not sent and comes
// back as a *RevertError. A transaction that was sent but failed on chain
// returns its hash and receipt with a *RevertError whose reason is found by
// replaying the call on the block that included it. Errors are not
// prefixed.
func (s *sender) transact(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) (common.Hash, *types.Receipt, error) {
	tx, err := s.send(ctx, key, &to, data)
	if err != nil {
		return common.Hash{}, nil, err
	}
	receipt, err := s.wait(ctx, key, tx)
	return tx.Hash(), receipt, err
}

// send estimates the gas of a transaction to `to` (nil: a contract
// creation) with data, prices, signs and sends it, without waiting for it
// to be mined.
func (s *sender) send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := s.backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data})
	if err != nil {
		if rdata, ok := revertData(err); ok {
			return nil, decodeRevert(s.errs, rdata)
		}
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	gas += gas * gasHeadroomPercent / 100
	return s.signAndSend(ctx, key, from, to, gas, data)
}

// wait waits until tx is mined and checks its status; see transact.
func (s *sender) wait(ctx context.Context, key *ecdsa.PrivateKey, tx *types.Transaction) (*types.Receipt, error) {
	receipt, err := waitConfirmed(ctx, s.backend, tx.Hash(), s.confirmations)
	if err != nil {
		return nil, fmt.Errorf("tx %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		msg := ethereum.CallMsg{From: crypto.PubkeyToAddress(key.PublicKey), To: tx.To(), Data: tx.Data()}
		return receipt, s.failure(ctx, msg, receipt)
	}
	return receipt, nil
}

// signAndSend prices, signs and sends an EIP-1559 transaction, holding s.mu
// from choosing its nonce (see nonce) until the node accepted it, so that
// concurrent senders get consecutive nonces.
func (s *sender) signAndSend(ctx context.Context, key *ecdsa.PrivateKey, from common.Address, to *common.Address, gas uint64, data []byte) (*types.Transaction, error) {
	tip, err := s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	if head.BaseFee == nil {
		return nil, errors.New("chain has no base fee (pre-London); EIP-1559 transactions need one")
	}
	// The fee cap survives six full blocks of base-fee growth (12.5% each).
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	s.mu.Lock()
	defer s.mu.Unlock()
	chainID, err := s.chainIDLocked(ctx)
	if err != nil {
		return nil, err
	}
	nonce, err := s.nonce(ctx, from)
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := s.backend.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send tx %s: %w", tx.Hash(), err)
	}
	s.sent[from] = sentNonce{next: nonce + 1, tx: tx.Hash()}
	return tx, nil
}

// chainIDOf returns the chain's ID, read once.
func (s *sender) chainIDOf(ctx context.Context) (*big.Int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.chainIDLocked(ctx)
}

func (s *sender) chainIDLocked(ctx context.Context) (*big.Int, error) {
	if s.chainID == nil {
		id, err := s.backend.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain id: %w", err)
		}
		s.chainID = id
	}
	return s.chainID, nil
}

// nonce returns the nonce for the next transaction from the account; s.mu
// must be held. It is the account's pending nonce, except that a node's
// transaction pool counts a transaction it has just accepted only once it
// has promoted it, in the background: while the node still knows the last
// transaction this sender sent and its pending nonce lags behind it, the
// nonce after that transaction is used instead. Should the node have
// dropped that transaction, the pending nonce fills the gap it left.
func (s *sender) nonce(ctx context.Context, from common.Address) (uint64, error) {
	pending, err := s.backend.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce of %s: %w", from, err)
	}
	last, ok := s.sent[from]
	if !ok || last.next <= pending {
		return pending, nil
	}
	if _, _, err := s.backend.TransactionByHash(ctx, last.tx); err == nil {
		return last.next, nil
	} else if !errors.Is(err, ethereum.NotFound) {
		return 0, fmt.Errorf("look up last tx %s of %s: %w", last.tx, from, err)
	}
	return pending, nil
}

// failure explains a mined transaction that failed: it replays the call on
// the state after the including block, where whatever made it fail (an
// epoch settled by an earlier transaction of the block, a revoked role) is
// visible, and decodes the revert.
func (s *sender) failure(ctx context.Context, msg ethereum.CallMsg, receipt *types.Receipt) error {
	_, err := s.backend.CallContract(ctx, msg, receipt.BlockNumber)
	if rdata, ok := revertData(err); ok {
		rerr := decodeRevert(s.errs, rdata)
		rerr.Reason = fmt.Sprintf("tx %s failed in block %v: %s", receipt.TxHash, receipt.BlockNumber, rerr.Reason)
		return rerr
	}
	return &RevertError{Reason: fmt.Sprintf("tx %s failed in block %v (gas used %d); replaying it there gives no reason",
		receipt.TxHash, receipt.BlockNumber, receipt.GasUsed)}
}

// call runs a read-only call of the contract at `to` at block (nil: the
// latest) and returns its output; a revert comes back as a *RevertError.
func (s *sender) call(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := s.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		if rdata, ok := revertData(err); ok {
			return nil, decodeRevert(s.errs, rdata)
		}
		return nil, err
	}
	return out, nil
}

// deploy sends the creation of a contract with bytecode bin and packed
// constructor arguments, without waiting; the contract's address follows
// from the sender and the transaction's nonce.
func (s *sender) deploy(ctx context.Context, key *ecdsa.PrivateKey, bin []byte, args []byte) (common.Address, *types.Transaction, error) {
	data := append(append([]byte(nil), bin...), args...)
	tx, err := s.send(ctx, key, nil, data)
	if err != nil {
		return common.Address{}, nil, err
	}
	return crypto.CreateAddress(crypto.PubkeyToAddress(key.PublicKey), tx.Nonce()), tx, nil
}

// waitDeployed waits for a deployment sent by deploy and checks that the
// contract has code.
func (s *sender) waitDeployed(ctx context.Context, key *ecdsa.PrivateKey, addr common.Address, tx *types.Transaction) error {
	receipt, err := s.wait(ctx, key, tx)
	if err != nil {
		return err
	}
	code, err := s.backend.CodeAt(ctx, addr, receipt.BlockNumber)
	if err != nil {
		return fmt.Errorf("read code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("no code at %s after deployment", addr)
	}
	return nil
}

// waitConfirmed waits for the receipt of hash (waitReceipt) and, for
// confirmations above 1, then until the chain's head is confirmations-1
// blocks past the receipt's block with the receipt still in the canonical
// chain; a receipt that moved (a reorganisation) is waited for again.
func waitConfirmed(ctx context.Context, b Backend, hash common.Hash, confirmations uint64) (*types.Receipt, error) {
	for {
		receipt, err := waitReceipt(ctx, b, hash)
		if err != nil || confirmations <= 1 {
			return receipt, err
		}
		target := receipt.BlockNumber.Uint64() + confirmations - 1
		delay := minReceiptPoll
		for {
			head, err := b.HeaderByNumber(ctx, nil)
			if err == nil && head.Number.Uint64() >= target {
				break
			}
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("wait for %d confirmations: %w", confirmations, ctx.Err())
			case <-time.After(delay):
			}
			delay = min(2*delay, maxReceiptPoll)
		}
		again, err := b.TransactionReceipt(ctx, hash)
		if err == nil && again.BlockHash == receipt.BlockHash {
			return again, nil
		}
		// Reorganised away (or a node hiccup): wait for the receipt anew.
	}
}

// waitReceipt polls for the receipt of the transaction hash until it is
// mined or ctx ends. Errors other than "not found" are retried too, as a
// node may briefly fail; the last one is reported with the context's.
func waitReceipt(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	delay := minReceiptPoll
	timer := time.NewTimer(delay)
	defer timer.Stop()
	for {
		receipt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(err, ethereum.NotFound) || errors.Is(err, ctx.Err()) {
				return nil, fmt.Errorf("wait for receipt: %w", ctx.Err())
			}
			return nil, fmt.Errorf("wait for receipt: %w (last error: %v)", ctx.Err(), err)
		case <-timer.C:
		}
		delay = min(2*delay, maxReceiptPoll)
		timer.Reset(delay)
	}
}
