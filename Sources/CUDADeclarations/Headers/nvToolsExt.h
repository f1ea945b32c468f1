/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef NVTOOLSEXT_H_
#define NVTOOLSEXT_H_

#include <stddef.h>
#include <stdint.h>

#define NVTX_VERSION 3
#define NVTX_VERSION_2
#define NVTX_VERSION_3

#define NVTX_EVENT_ATTRIB_STRUCT_SIZE ((uint16_t)(sizeof(nvtxEventAttributes_t)))

#if defined(__cplusplus)
extern "C" {
#endif

typedef uint64_t nvtxRangeId_t;
typedef struct nvtxDomainRegistration_st *nvtxDomainHandle_t;
typedef struct nvtxStringRegistration_st *nvtxStringHandle_t;

typedef enum nvtxColorType_t {
    NVTX_COLOR_UNKNOWN = 0,
    NVTX_COLOR_ARGB = 1
} nvtxColorType_t;

typedef enum nvtxMessageType_t {
    NVTX_MESSAGE_UNKNOWN = 0,
    NVTX_MESSAGE_TYPE_ASCII = 1,
    NVTX_MESSAGE_TYPE_UNICODE = 2,
    NVTX_MESSAGE_TYPE_REGISTERED = 3
} nvtxMessageType_t;

typedef enum nvtxPayloadType_t {
    NVTX_PAYLOAD_UNKNOWN = 0,
    NVTX_PAYLOAD_TYPE_UNSIGNED_INT64 = 1,
    NVTX_PAYLOAD_TYPE_INT64 = 2,
    NVTX_PAYLOAD_TYPE_DOUBLE = 3,
    NVTX_PAYLOAD_TYPE_UNSIGNED_INT32 = 4,
    NVTX_PAYLOAD_TYPE_INT32 = 5,
    NVTX_PAYLOAD_TYPE_FLOAT = 6
} nvtxPayloadType_t;

typedef union nvtxMessageValue_t {
    const char *ascii;
    const wchar_t *unicode;
    nvtxStringHandle_t registered;
} nvtxMessageValue_t;

typedef struct nvtxEventAttributes_v2 {
    uint16_t version;
    uint16_t size;
    uint32_t category;
    int32_t colorType;
    uint32_t color;
    int32_t payloadType;
    int32_t reserved0;
    union payload_t {
        uint64_t ullValue;
        int64_t llValue;
        double dValue;
        uint32_t uiValue;
        int32_t iValue;
        float fValue;
    } payload;
    int32_t messageType;
    nvtxMessageValue_t message;
} nvtxEventAttributes_v2;
typedef struct nvtxEventAttributes_v2 nvtxEventAttributes_t;

void nvtxMarkEx(const nvtxEventAttributes_t *__eventAttrib);
void nvtxMarkA(const char *__message);
void nvtxMarkW(const wchar_t *__message);
nvtxRangeId_t nvtxRangeStartEx(const nvtxEventAttributes_t *__eventAttrib);
nvtxRangeId_t nvtxRangeStartA(const char *__message);
nvtxRangeId_t nvtxRangeStartW(const wchar_t *__message);
void nvtxRangeEnd(nvtxRangeId_t __id);
int nvtxRangePushEx(const nvtxEventAttributes_t *__eventAttrib);
int nvtxRangePushA(const char *__message);
int nvtxRangePushW(const wchar_t *__message);
int nvtxRangePop(void);
void nvtxNameOsThreadA(uint32_t __threadId, const char *__name);
void nvtxNameCategoryA(uint32_t __category, const char *__name);
nvtxDomainHandle_t nvtxDomainCreateA(const char *__name);
void nvtxDomainDestroy(nvtxDomainHandle_t __domain);
int nvtxDomainRangePushEx(nvtxDomainHandle_t __domain, const nvtxEventAttributes_t *__eventAttrib);
int nvtxDomainRangePop(nvtxDomainHandle_t __domain);
void nvtxDomainMarkEx(nvtxDomainHandle_t __domain, const nvtxEventAttributes_t *__eventAttrib);

#if defined(__cplusplus)
}
#endif

#endif /* NVTOOLSEXT_H_ */
