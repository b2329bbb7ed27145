// libjpeg reports errors by longjmp. Every call into libjpeg happens in the
// static inline functions below, each guarded by its own setjmp, so the jump
// never crosses a Swift frame: Swift only sees a status and a message.
#ifndef SMARTSITE_CJPEG_SHIM_H
#define SMARTSITE_CJPEG_SHIM_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>
#include <jerror.h>

/// An error manager that records libjpeg's message and jumps back to the
/// wrapper instead of calling exit().
typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
} smartsite_jpeg_error_mgr;

static inline void smartsite_jpeg_error_exit(j_common_ptr cinfo) {
    smartsite_jpeg_error_mgr *err = (smartsite_jpeg_error_mgr *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, err->message);
    longjmp(err->jump, 1);
}

/// Warnings are ignored (cameras often write a few stray bytes libjpeg
/// warns about), except a file that ends early: libjpeg would fill the rest
/// of the picture with grey, so that counts as an error.
static inline void smartsite_jpeg_emit_message(j_common_ptr cinfo, int level) {
    if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF) smartsite_jpeg_error_exit(cinfo);
}

static inline void smartsite_jpeg_init_error(smartsite_jpeg_error_mgr *err) {
    jpeg_std_error(&err->base);
    err->base.error_exit = smartsite_jpeg_error_exit;
    err->base.emit_message = smartsite_jpeg_emit_message;
    err->message[0] = '\0';
}

static inline void smartsite_jpeg_copy_message(char *out, size_t capacity, const char *message) {
    if (out == NULL || capacity == 0) return;
    strncpy(out, message, capacity - 1);
    out[capacity - 1] = '\0';
}

/// A decoded picture: 4 bytes per pixel in cairo's CAIRO_FORMAT_RGB24 layout
/// (native-endian 0xXXRRGGBB), rows `width * 4` bytes apart. Free `pixels`
/// with free().
typedef struct {
    unsigned char *pixels;
    int width;
    int height;
    /// The size of the pixel grid as stored in the file.
    int stored_width;
    int stored_height;
    /// The DCT scaling libjpeg decoded at: 1, 2, 4 or 8 (1/denominator).
    int scale_denominator;
} smartsite_jpeg_image;

/// Writes one CMYK row (Adobe files store it inverted) as RGB24 pixels.
/// A naive conversion without an ICC profile, good enough for a web preview.
static inline void smartsite_jpeg_cmyk_row(const unsigned char *cmyk, unsigned int *out, JDIMENSION width,
                                           boolean inverted) {
    for (JDIMENSION x = 0; x < width; x++) {
        unsigned int c = cmyk[4 * x], m = cmyk[4 * x + 1], y = cmyk[4 * x + 2], k = cmyk[4 * x + 3];
        if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
        // Now each value is the ink's complement: R = (255 - C) * (255 - K) / 255.
        unsigned int r = (c * k + 127) / 255, g = (m * k + 127) / 255, b = (y * k + 127) / 255;
        out[x] = 0xFF000000u | (r << 16) | (g << 8) | b;
    }
}

/// Decodes a JPEG from memory, at full size when `min_width` and `min_height`
/// are both 0. When they (in stored pixels) are much smaller than the
/// picture, decodes at the
/// smallest DCT scale 1/2, 1/4 or 1/8 whose result is still at least that big.
/// Grayscale and YCbCr come out as RGB; CMYK and YCCK are converted naively.
/// Returns 1 on success; 0 with a message in `message` otherwise.
static inline int smartsite_jpeg_decode(const unsigned char *bytes, unsigned long length,
                                        int min_width, int min_height,
                                        smartsite_jpeg_image *image, char *message, size_t message_capacity) {
    struct jpeg_decompress_struct cinfo;
    smartsite_jpeg_error_mgr err;
    // volatile: changed after setjmp and read after a longjmp back to it.
    unsigned char *volatile pixels = NULL;
    unsigned char *volatile row = NULL;

    memset(image, 0, sizeof *image);
    // Zeroed, so that destroying it after an early failure does nothing.
    memset(&cinfo, 0, sizeof cinfo);
    cinfo.err = &err.base;
    smartsite_jpeg_init_error(&err);
    if (setjmp(err.jump)) {
        smartsite_jpeg_copy_message(message, message_capacity, err.message);
        jpeg_destroy_decompress(&cinfo);
        free(pixels);
        free(row);
        return 0;
    }
    jpeg_create_decompress(&cinfo);
    if (bytes == NULL || length == 0) {
        smartsite_jpeg_copy_message(message, message_capacity, "empty file");
        jpeg_destroy_decompress(&cinfo);
        return 0;
    }
    jpeg_mem_src(&cinfo, bytes, length);
    jpeg_read_header(&cinfo, TRUE);

    boolean cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_XRGB;
#else
    cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGRX;
#endif
    cinfo.dct_method = JDCT_ISLOW;
    cinfo.scale_num = 1;
    cinfo.scale_denom = 1;
    static const unsigned int denominators[3] = {8, 4, 2};
    for (int i = 0; i < 3 && (min_width > 0 || min_height > 0); i++) {
        cinfo.scale_denom = denominators[i];
        jpeg_calc_output_dimensions(&cinfo);
        if ((int)cinfo.output_width >= min_width && (int)cinfo.output_height >= min_height) break;
        cinfo.scale_denom = 1;
    }
    jpeg_start_decompress(&cinfo);

    size_t width = cinfo.output_width, height = cinfo.output_height;
    pixels = malloc(width * height * 4 > 0 ? width * height * 4 : 1);
    if (cmyk) row = malloc(width * 4 > 0 ? width * 4 : 1);
    if (pixels == NULL || (cmyk && row == NULL)) {
        smartsite_jpeg_copy_message(message, message_capacity, "out of memory");
        jpeg_destroy_decompress(&cinfo);
        free(pixels);
        free(row);
        return 0;
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        JDIMENSION y = cinfo.output_scanline;
        JSAMPROW target = cmyk ? (JSAMPROW)row : (JSAMPROW)(pixels + (size_t)y * width * 4);
        jpeg_read_scanlines(&cinfo, &target, 1);
        if (cmyk) smartsite_jpeg_cmyk_row(row, (unsigned int *)(pixels + (size_t)y * width * 4),
                                          cinfo.output_width, cinfo.saw_Adobe_marker);
    }
    jpeg_finish_decompress(&cinfo);

    image->pixels = pixels;
    image->width = (int)width;
    image->height = (int)height;
    image->stored_width = (int)cinfo.image_width;
    image->stored_height = (int)cinfo.image_height;
    image->scale_denominator = (int)cinfo.scale_denom;
    jpeg_destroy_decompress(&cinfo);
    free(row);
    return 1;
}

/// Pixel layouts the encoder reads.
typedef enum {
    /// 3 bytes per pixel: R, G, B.
    SMARTSITE_JPEG_RGB = 0,
    /// 4 bytes per pixel in cairo's RGB24/ARGB32 layout (native-endian
    /// 0x??RRGGBB); the top byte is ignored.
    SMARTSITE_JPEG_CAIRO_XRGB = 1
} smartsite_jpeg_layout;

/// Encodes pixels (rows `stride` bytes apart) as a baseline JFIF JPEG with
/// optimised Huffman tables and no other metadata. On success returns 1 and
/// a malloc'd buffer in `*out` (free it with free()); 0 with a message otherwise.
static inline int smartsite_jpeg_encode(const unsigned char *pixels, int width, int height, int stride,
                                        smartsite_jpeg_layout layout, int quality,
                                        unsigned char **out, unsigned long *out_length,
                                        char *message, size_t message_capacity) {
    struct jpeg_compress_struct cinfo;
    smartsite_jpeg_error_mgr err;
    *out = NULL;
    *out_length = 0;

    memset(&cinfo, 0, sizeof cinfo);
    cinfo.err = &err.base;
    smartsite_jpeg_init_error(&err);
    if (setjmp(err.jump)) {
        smartsite_jpeg_copy_message(message, message_capacity, err.message);
        jpeg_destroy_compress(&cinfo);
        free(*out);  // jpeg_mem_dest keeps *out pointing at its current buffer
        *out = NULL;
        *out_length = 0;
        return 0;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, out, out_length);
    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    if (layout == SMARTSITE_JPEG_RGB) {
        cinfo.input_components = 3;
        cinfo.in_color_space = JCS_RGB;
    } else {
        cinfo.input_components = 4;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        cinfo.in_color_space = JCS_EXT_XRGB;
#else
        cinfo.in_color_space = JCS_EXT_BGRX;
#endif
    }
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    cinfo.optimize_coding = TRUE;
    cinfo.dct_method = JDCT_ISLOW;
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + (size_t)cinfo.next_scanline * (size_t)stride);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return 1;
}

#endif
