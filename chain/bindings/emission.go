// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// EmissionMetaData contains all meta data concerning the Emission contract.
var EmissionMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"agoraToken\",\"type\":\"address\"},{\"internalType\":\"contractSubnetRegistry\",\"name\":\"subnetRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"UnknownSubnet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"}],\"name\":\"Distributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"packed\",\"type\":\"bytes32[]\"}],\"name\":\"distribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"lastSettledEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractSubnetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"previousRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161137238038061137283398101604081905261002e9161018c565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160a01b038116155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808416608052821660a0526100985f336100cc565b506100c37f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f826100cc565b505050506101d6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661016c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101243390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161016f565b505f5b92915050565b6001600160a01b0381168114610189575f5ffd5b50565b5f5f5f6060848603121561019e575f5ffd5b83516101a981610175565b60208501519093506101ba81610175565b60408501519092506101cb81610175565b809150509250925092565b60805160a05161115861021a5f395f81816102200152610cb601525f81816103570152818161054801528181610691015281816107d8015261096d01526111585ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c8063835dcbff116100ad578063b8a5083e1161007d578063d547741f11610063578063d547741f1461032c578063f346be511461033f578063fc0c546a14610352575f5ffd5b8063b8a5083e146102d7578063c884ef8314610319575f5ffd5b8063835dcbff146102675780638be0861e1461027a57806391d148541461028d578063a217fddf146102d0575f5ffd5b8063393fe1cd11610102578063401f3bc0116100e8578063401f3bc0146101e15780637445e85c146101f45780637b1039991461021b575f5ffd5b8063393fe1cd146101b35780633d13f874146101ce575f5ffd5b806301ffc9a714610133578063248a9ca31461015b5780632f2ff15d1461018b57806336568abe146101a0575b5f5ffd5b610146610141366004610e49565b610379565b60405190151581526020015b60405180910390f35b61017d610169366004610e8f565b5f9081526020819052604090206001015490565b604051908152602001610152565b61019e610199366004610ece565b610411565b005b61019e6101ae366004610ece565b61043b565b60025460035460408051928352602083019190915201610152565b61017d6101dc366004610f40565b610499565b61017d6101ef366004610f96565b6105bc565b61017d7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610152565b61019e610275366004610fe6565b6105e4565b610146610288366004610f40565b61075e565b61014661029b366004610ece565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61017d5f81565b6103006102e536600461102b565b60016020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610152565b61017d610327366004611044565b610791565b61019e61033a366004610ece565b610843565b61019e61034d36600461105d565b610867565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061040b57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461042b816109e2565b61043583836109ef565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8116331461048a576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6104948282610ae8565b505050565b5f5f6104af6104a887876105bc565b8585610ba1565b905060025481141580156104c557506003548114155b156104fc576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f50802e3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018790527f000000000000000000000000000000000000000000000000000000000000000016906350802e3f906044016020604051808303815f875af115801561058e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b2919061109c565b9695505050505050565b5f6040515f815346600182015230602182015260418101939093525060618201526081902090565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f61060e816109e2565b5f829003610648576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106528585610bf4565b6040517fbdc490950000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063bdc49095906106c890879087906004016110b3565b6020604051808303815f875af11580156106e4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610708919061109c565b604080518281526020810186905291925067ffffffffffffffff87169161ffff8916917fd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066910160405180910390a3505050505050565b5f5f61076d6104a887876105bc565b905080158015906105b257506002548114806105b257506003541495945050505050565b6040517fc884ef8300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063c884ef8390602401602060405180830381865afa15801561081f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061040b919061109c565b5f8281526020819052604090206001015461085d816109e2565b6104358383610ae8565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f610891816109e2565b826108c8576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108d28585610bf4565b6002548381146108e757600381905560028490555b604080518581526020810185905267ffffffffffffffff87169161ffff8916917f350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c910160405180910390a382156109da576040517f40c10f19000000000000000000000000000000000000000000000000000000008152306004820152602481018490527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906340c10f19906044015f604051808303815f87803b1580156109c3575f5ffd5b505af11580156109d5573d5f5f3e3d5ffd5b505050505b505050505050565b6109ec8133610dc0565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610ae1575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610a7f3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161040b565b505f61040b565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610ae1575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161040b565b5f604051600181536001810160218201869350858560051b81015b80821015610be85781358681188782100296871885529590951882526041842094602090910190610bbc565b50505050509392505050565b61ffff82165f9081526001602052604090205467ffffffffffffffff9081169082168110610c71576040517fed43e00a00000000000000000000000000000000000000000000000000000000815261ffff8416600482015267ffffffffffffffff8084166024830152821660448201526064015b60405180910390fd5b67ffffffffffffffff8116158015610d3657506040517fbc3553ac00000000000000000000000000000000000000000000000000000000815261ffff841660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063bc3553ac90602401602060405180830381865afa158015610d10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d349190611103565b155b15610d73576040517f7321496400000000000000000000000000000000000000000000000000000000815261ffff84166004820152602401610c68565b5061ffff919091165f90815260016020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff909216919091179055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610e45576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610c68565b5050565b5f60208284031215610e59575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610e88575f5ffd5b9392505050565b5f60208284031215610e9f575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610ec9575f5ffd5b919050565b5f5f60408385031215610edf575f5ffd5b82359150610eef60208401610ea6565b90509250929050565b5f5f83601f840112610f08575f5ffd5b50813567ffffffffffffffff811115610f1f575f5ffd5b6020830191508360208260051b8501011115610f39575f5ffd5b9250929050565b5f5f5f5f60608587031215610f53575f5ffd5b610f5c85610ea6565b935060208501359250604085013567ffffffffffffffff811115610f7e575f5ffd5b610f8a87828801610ef8565b95989497509550505050565b5f5f60408385031215610fa7575f5ffd5b610fb083610ea6565b946020939093013593505050565b803561ffff81168114610ec9575f5ffd5b803567ffffffffffffffff81168114610ec9575f5ffd5b5f5f5f5f60608587031215610ff9575f5ffd5b61100285610fbe565b935061101060208601610fcf565b9250604085013567ffffffffffffffff811115610f7e575f5ffd5b5f6020828403121561103b575f5ffd5b610e8882610fbe565b5f60208284031215611054575f5ffd5b610e8882610ea6565b5f5f5f5f60808587031215611070575f5ffd5b61107985610fbe565b935061108760208601610fcf565b93969395505050506040820135916060013590565b5f602082840312156110ac575f5ffd5b5051919050565b602081528160208201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156110ea575f5ffd5b8260051b80856040850137919091016040019392505050565b5f60208284031215611113575f5ffd5b81518015158114610e88575f5ffdfea26469706673582212200ef912d7a36fe77cbbdca1f04c348b3ff95913a623c6c8db597e794f259644a964736f6c63430008250033",
}

// EmissionABI is the input ABI used to generate the binding from.
// Deprecated: Use EmissionMetaData.ABI instead.
var EmissionABI = EmissionMetaData.ABI

// EmissionBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EmissionMetaData.Bin instead.
var EmissionBin = EmissionMetaData.Bin

// DeployEmission deploys a new Ethereum contract, binding an instance of Emission to it.
func DeployEmission(auth *bind.TransactOpts, backend bind.ContractBackend, agoraToken common.Address, subnetRegistry common.Address, settler common.Address) (common.Address, *types.Transaction, *Emission, error) {
	parsed, err := EmissionMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EmissionBin), backend, agoraToken, subnetRegistry, settler)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Emission{EmissionCaller: EmissionCaller{contract: contract}, EmissionTransactor: EmissionTransactor{contract: contract}, EmissionFilterer: EmissionFilterer{contract: contract}}, nil
}

// Emission is an auto generated Go binding around an Ethereum contract.
type Emission struct {
	EmissionCaller     // Read-only binding to the contract
	EmissionTransactor // Write-only binding to the contract
	EmissionFilterer   // Log filterer for contract events
}

// EmissionCaller is an auto generated read-only Go binding around an Ethereum contract.
type EmissionCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EmissionTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EmissionFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EmissionSession struct {
	Contract     *Emission         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// EmissionCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EmissionCallerSession struct {
	Contract *EmissionCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// EmissionTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EmissionTransactorSession struct {
	Contract     *EmissionTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// EmissionRaw is an auto generated low-level Go binding around an Ethereum contract.
type EmissionRaw struct {
	Contract *Emission // Generic contract binding to access the raw methods on
}

// EmissionCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EmissionCallerRaw struct {
	Contract *EmissionCaller // Generic read-only contract binding to access the raw methods on
}

// EmissionTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EmissionTransactorRaw struct {
	Contract *EmissionTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEmission creates a new instance of Emission, bound to a specific deployed contract.
func NewEmission(address common.Address, backend bind.ContractBackend) (*Emission, error) {
	contract, err := bindEmission(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Emission{EmissionCaller: EmissionCaller{contract: contract}, EmissionTransactor: EmissionTransactor{contract: contract}, EmissionFilterer: EmissionFilterer{contract: contract}}, nil
}

// NewEmissionCaller creates a new read-only instance of Emission, bound to a specific deployed contract.
func NewEmissionCaller(address common.Address, caller bind.ContractCaller) (*EmissionCaller, error) {
	contract, err := bindEmission(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EmissionCaller{contract: contract}, nil
}

// NewEmissionTransactor creates a new write-only instance of Emission, bound to a specific deployed contract.
func NewEmissionTransactor(address common.Address, transactor bind.ContractTransactor) (*EmissionTransactor, error) {
	contract, err := bindEmission(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EmissionTransactor{contract: contract}, nil
}

// NewEmissionFilterer creates a new log filterer instance of Emission, bound to a specific deployed contract.
func NewEmissionFilterer(address common.Address, filterer bind.ContractFilterer) (*EmissionFilterer, error) {
	contract, err := bindEmission(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EmissionFilterer{contract: contract}, nil
}

// bindEmission binds a generic wrapper to an already deployed contract.
func bindEmission(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EmissionMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Emission *EmissionRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Emission.Contract.EmissionCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Emission *EmissionRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Emission.Contract.EmissionTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Emission *EmissionRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Emission.Contract.EmissionTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Emission *EmissionCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Emission.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Emission *EmissionTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Emission.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Emission *EmissionTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Emission.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Emission.Contract.DEFAULTADMINROLE(&_Emission.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Emission.Contract.DEFAULTADMINROLE(&_Emission.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionCaller) SETTLERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "SETTLER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionSession) SETTLERROLE() ([32]byte, error) {
	return _Emission.Contract.SETTLERROLE(&_Emission.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionCallerSession) SETTLERROLE() ([32]byte, error) {
	return _Emission.Contract.SETTLERROLE(&_Emission.CallOpts)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_Emission *EmissionCaller) Claimed(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "claimed", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_Emission *EmissionSession) Claimed(account common.Address) (*big.Int, error) {
	return _Emission.Contract.Claimed(&_Emission.CallOpts, account)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address account) view returns(uint256)
func (_Emission *EmissionCallerSession) Claimed(account common.Address) (*big.Int, error) {
	return _Emission.Contract.Claimed(&_Emission.CallOpts, account)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Emission.Contract.GetRoleAdmin(&_Emission.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Emission.Contract.GetRoleAdmin(&_Emission.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Emission.Contract.HasRole(&_Emission.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Emission.Contract.HasRole(&_Emission.CallOpts, role, account)
}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64 epoch)
func (_Emission *EmissionCaller) LastSettledEpoch(opts *bind.CallOpts, subnet uint16) (uint64, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "lastSettledEpoch", subnet)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64 epoch)
func (_Emission *EmissionSession) LastSettledEpoch(subnet uint16) (uint64, error) {
	return _Emission.Contract.LastSettledEpoch(&_Emission.CallOpts, subnet)
}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64 epoch)
func (_Emission *EmissionCallerSession) LastSettledEpoch(subnet uint16) (uint64, error) {
	return _Emission.Contract.LastSettledEpoch(&_Emission.CallOpts, subnet)
}

// LeafHash is a free data retrieval call binding the contract method 0x401f3bc0.
//
// Solidity: function leafHash(address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionCaller) LeafHash(opts *bind.CallOpts, account common.Address, cumulative *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "leafHash", account, cumulative)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0x401f3bc0.
//
// Solidity: function leafHash(address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionSession) LeafHash(account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _Emission.Contract.LeafHash(&_Emission.CallOpts, account, cumulative)
}

// LeafHash is a free data retrieval call binding the contract method 0x401f3bc0.
//
// Solidity: function leafHash(address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionCallerSession) LeafHash(account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _Emission.Contract.LeafHash(&_Emission.CallOpts, account, cumulative)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionSession) Registry() (common.Address, error) {
	return _Emission.Contract.Registry(&_Emission.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionCallerSession) Registry() (common.Address, error) {
	return _Emission.Contract.Registry(&_Emission.CallOpts)
}

// Roots is a free data retrieval call binding the contract method 0x393fe1cd.
//
// Solidity: function roots() view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionCaller) Roots(opts *bind.CallOpts) (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "roots")

	outstruct := new(struct {
		Root         [32]byte
		PreviousRoot [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.PreviousRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// Roots is a free data retrieval call binding the contract method 0x393fe1cd.
//
// Solidity: function roots() view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionSession) Roots() (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	return _Emission.Contract.Roots(&_Emission.CallOpts)
}

// Roots is a free data retrieval call binding the contract method 0x393fe1cd.
//
// Solidity: function roots() view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionCallerSession) Roots() (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	return _Emission.Contract.Roots(&_Emission.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Emission.Contract.SupportsInterface(&_Emission.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Emission.Contract.SupportsInterface(&_Emission.CallOpts, interfaceId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionSession) Token() (common.Address, error) {
	return _Emission.Contract.Token(&_Emission.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionCallerSession) Token() (common.Address, error) {
	return _Emission.Contract.Token(&_Emission.CallOpts)
}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionCaller) Verify(opts *bind.CallOpts, account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "verify", account, cumulative, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionSession) Verify(account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _Emission.Contract.Verify(&_Emission.CallOpts, account, cumulative, proof)
}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionCallerSession) Verify(account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _Emission.Contract.Verify(&_Emission.CallOpts, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns(uint256 amount)
func (_Emission *EmissionTransactor) Claim(opts *bind.TransactOpts, account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "claim", account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns(uint256 amount)
func (_Emission *EmissionSession) Claim(account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Claim(&_Emission.TransactOpts, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns(uint256 amount)
func (_Emission *EmissionTransactorSession) Claim(account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Claim(&_Emission.TransactOpts, account, cumulative, proof)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionTransactor) Distribute(opts *bind.TransactOpts, subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "distribute", subnet, epoch, packed)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionSession) Distribute(subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Distribute(&_Emission.TransactOpts, subnet, epoch, packed)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionTransactorSession) Distribute(subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Distribute(&_Emission.TransactOpts, subnet, epoch, packed)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.GrantRole(&_Emission.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.GrantRole(&_Emission.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RenounceRole(&_Emission.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RenounceRole(&_Emission.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RevokeRole(&_Emission.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RevokeRole(&_Emission.TransactOpts, role, account)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionTransactor) Settle(opts *bind.TransactOpts, subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "settle", subnet, epoch, root, total)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionSession) Settle(subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.Contract.Settle(&_Emission.TransactOpts, subnet, epoch, root, total)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionTransactorSession) Settle(subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.Contract.Settle(&_Emission.TransactOpts, subnet, epoch, root, total)
}

// EmissionDistributedIterator is returned from FilterDistributed and is used to iterate over the raw logs and unpacked data for Distributed events raised by the Emission contract.
type EmissionDistributedIterator struct {
	Event *EmissionDistributed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionDistributedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionDistributed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionDistributed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionDistributedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionDistributedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionDistributed represents a Distributed event raised by the Emission contract.
type EmissionDistributed struct {
	Subnet     uint16
	Epoch      uint64
	Total      *big.Int
	Recipients *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterDistributed is a free log retrieval operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) FilterDistributed(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*EmissionDistributedIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "Distributed", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &EmissionDistributedIterator{contract: _Emission.contract, event: "Distributed", logs: logs, sub: sub}, nil
}

// WatchDistributed is a free log subscription operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) WatchDistributed(opts *bind.WatchOpts, sink chan<- *EmissionDistributed, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "Distributed", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionDistributed)
				if err := _Emission.contract.UnpackLog(event, "Distributed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDistributed is a log parse operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) ParseDistributed(log types.Log) (*EmissionDistributed, error) {
	event := new(EmissionDistributed)
	if err := _Emission.contract.UnpackLog(event, "Distributed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Emission contract.
type EmissionRoleAdminChangedIterator struct {
	Event *EmissionRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleAdminChanged represents a RoleAdminChanged event raised by the Emission contract.
type EmissionRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*EmissionRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleAdminChangedIterator{contract: _Emission.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *EmissionRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleAdminChanged)
				if err := _Emission.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) ParseRoleAdminChanged(log types.Log) (*EmissionRoleAdminChanged, error) {
	event := new(EmissionRoleAdminChanged)
	if err := _Emission.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Emission contract.
type EmissionRoleGrantedIterator struct {
	Event *EmissionRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleGranted represents a RoleGranted event raised by the Emission contract.
type EmissionRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*EmissionRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleGrantedIterator{contract: _Emission.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *EmissionRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleGranted)
				if err := _Emission.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) ParseRoleGranted(log types.Log) (*EmissionRoleGranted, error) {
	event := new(EmissionRoleGranted)
	if err := _Emission.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Emission contract.
type EmissionRoleRevokedIterator struct {
	Event *EmissionRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleRevoked represents a RoleRevoked event raised by the Emission contract.
type EmissionRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*EmissionRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleRevokedIterator{contract: _Emission.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *EmissionRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleRevoked)
				if err := _Emission.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) ParseRoleRevoked(log types.Log) (*EmissionRoleRevoked, error) {
	event := new(EmissionRoleRevoked)
	if err := _Emission.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionSettledIterator is returned from FilterSettled and is used to iterate over the raw logs and unpacked data for Settled events raised by the Emission contract.
type EmissionSettledIterator struct {
	Event *EmissionSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionSettled represents a Settled event raised by the Emission contract.
type EmissionSettled struct {
	Subnet uint16
	Epoch  uint64
	Root   [32]byte
	Total  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSettled is a free log retrieval operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) FilterSettled(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*EmissionSettledIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "Settled", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &EmissionSettledIterator{contract: _Emission.contract, event: "Settled", logs: logs, sub: sub}, nil
}

// WatchSettled is a free log subscription operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) WatchSettled(opts *bind.WatchOpts, sink chan<- *EmissionSettled, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "Settled", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionSettled)
				if err := _Emission.contract.UnpackLog(event, "Settled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettled is a log parse operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) ParseSettled(log types.Log) (*EmissionSettled, error) {
	event := new(EmissionSettled)
	if err := _Emission.contract.UnpackLog(event, "Settled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
